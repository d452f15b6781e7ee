package io.modcache.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How the user last arranged the main window's views. Plain data for Jackson; missing fields take
 * defaults.
 *
 * @param treemapShown   whether the treemap is beside the tree
 * @param treemapDivider where the divider between tree and treemap sits (0..1)
 * @param colouring      what colours the treemap's tiles: AGE, VERIFICATION, USED_BY or HOST
 * @param groupByHost    whether the treemap groups modules by host
 * @param sortColumn     the tree's sort column (its id), empty for the natural order
 * @param sortAscending  the direction of that sort
 * @param flat           every version as a row of its own instead of grouped by module
 * @param overviewShown  whether the overview panel is open
 * @param detailsHidden  whether the user hid the details pane (View ▸ Details); shown by default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewSettings(boolean treemapShown, double treemapDivider, String colouring, boolean groupByHost, String sortColumn,
                           boolean sortAscending, boolean flat, boolean overviewShown, boolean detailsHidden) {

    public static final ViewSettings DEFAULT = new ViewSettings(true, 0.55, "AGE", false, "size", false, false, false, false);

    public ViewSettings {
        treemapDivider = treemapDivider > 0.05 && treemapDivider < 0.95 ? treemapDivider : 0.55;
        colouring = colouring == null || colouring.isBlank() ? "AGE" : colouring;
        sortColumn = sortColumn == null ? "" : sortColumn;
    }
}
