package io.modcache.ui.common;

/**
 * JavaFX rendering choices made before the toolkit starts (they are read once, as it starts).
 *
 * <p>Region backgrounds are drawn directly rather than from JavaFX's background image cache. With
 * the cache, each button, bar, pane and row background of more than one fill is drawn by stretching
 * a cached image, which the software renderer (the one on machines without a usable GPU: remote
 * desktops, virtual machines, CI) does pixel by pixel through its general image path: a full
 * repaint of the main window took 40 ms of the renderer's time with the cache and 8 ms without it
 * (docs/performance.md). The pictures are the same but for the antialiasing of a few rounded
 * corners. A GPU fills these rectangles as cheaply either way. {@code -Dprism.disableRegionCaching=false}
 * on the command line keeps the cache.
 */
public final class RenderingOptions {

    static final String REGION_CACHING = "prism.disableRegionCaching";

    private RenderingOptions() {
    }

    /** Sets the options the user has not set; call before the toolkit starts. */
    public static void beforeToolkit() {
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
    }
}
