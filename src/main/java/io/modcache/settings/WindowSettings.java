package io.modcache.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * The main window as the user last left it. Plain data for Jackson; missing fields take defaults.
 *
 * @param x           left edge on the desktop (with a width of 0, never placed: the system places it)
 * @param y           top edge
 * @param width       width, 0 for the default
 * @param height      height, 0 for the default
 * @param maximized   whether it was maximised
 * @param cacheFolder the cache folder chosen in the window (Change…), empty to locate it as go does
 * @param theme       SYSTEM, LIGHT or DARK
 * @param columns     the tree's columns in their order, with width and visibility
 * @param textZoom    the user's text size on top of the desktop's (View ▸ Text size), 1 for as the desktop says
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowSettings(double x, double y, double width, double height, boolean maximized, String cacheFolder, String theme,
                             List<ColumnLayout> columns, double textZoom) {

    public static final WindowSettings DEFAULT = new WindowSettings(0, 0, 0, 0, false, "", "SYSTEM", List.of(), 1);

    public WindowSettings {
        cacheFolder = cacheFolder == null ? "" : cacheFolder;
        theme = theme == null || theme.isBlank() ? "SYSTEM" : theme;
        columns = columns == null ? List.of() : List.copyOf(columns);
        textZoom = textZoom >= 0.5 && textZoom <= 3 ? textZoom : 1;
    }

    /** One column of the tree: its id, width and whether it is shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ColumnLayout(String id, double width, boolean visible) {
    }

    public WindowSettings withBounds(double newX, double newY, double newWidth, double newHeight, boolean newMaximized) {
        return new WindowSettings(newX, newY, newWidth, newHeight, newMaximized, cacheFolder, theme, columns, textZoom);
    }

    public WindowSettings withCacheFolder(String folder) {
        return new WindowSettings(x, y, width, height, maximized, folder, theme, columns, textZoom);
    }

    public WindowSettings withTheme(String newTheme) {
        return new WindowSettings(x, y, width, height, maximized, cacheFolder, newTheme, columns, textZoom);
    }

    public WindowSettings withTextZoom(double zoom) {
        return new WindowSettings(x, y, width, height, maximized, cacheFolder, theme, columns, zoom);
    }

    public WindowSettings withColumns(List<ColumnLayout> newColumns) {
        return new WindowSettings(x, y, width, height, maximized, cacheFolder, theme, newColumns, textZoom);
    }
}
