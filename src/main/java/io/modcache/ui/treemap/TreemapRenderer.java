package io.modcache.ui.treemap;

import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.treemap.TreemapViewModel.Rendered;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Supplier;

/**
 * Lays out and shades the map on a worker: at most once every {@value #MIN_INTERVAL_MILLIS} ms while
 * changes stream in, one rendering at a time (a request meanwhile is kept for after it), and not at
 * all when the tiles to draw and the size are what the last rendering was made of.
 */
final class TreemapRenderer {

    static final long MIN_INTERVAL_MILLIS = 250;

    private final UiExecutor executor;
    /** The tiles to draw now, read on the UI thread; null to draw nothing this time. */
    private final Supplier<TreemapNode<Object>> tiles;
    private final ReadOnlyObjectWrapper<Rendered> rendered = new ReadOnlyObjectWrapper<>();
    /** The tiles {@link #rendered} was made of. */
    private TreemapNode<Object> renderedFrom;
    private int width;
    private int height;
    private boolean running;
    private boolean pending;
    private long lastStartNanos;

    TreemapRenderer(UiExecutor executor, Supplier<TreemapNode<Object>> tiles) {
        this.executor = executor;
        this.tiles = tiles;
    }

    ReadOnlyObjectProperty<Rendered> renderedProperty() {
        return rendered.getReadOnlyProperty();
    }

    /** The area the map has, in pixels: a new size is laid out anew. */
    void resize(double w, double h) {
        int newW = (int) Math.ceil(w);
        int newH = (int) Math.ceil(h);
        if (newW != width || newH != height) {
            width = newW;
            height = newH;
            request();
        }
    }

    /** Lays out and renders again, now or as soon as the running rendering is done and the interval passed. */
    void request() {
        if (running) {
            pending = true;
            return;
        }
        long waitMillis = MIN_INTERVAL_MILLIS - (System.nanoTime() - lastStartNanos) / 1_000_000;
        if (waitMillis > 0 && lastStartNanos != 0) {
            running = true;
            executor.runOnUiThreadLater(waitMillis, () -> {
                running = false;
                start();
            });
            return;
        }
        start();
    }

    private void start() {
        pending = false;
        if (width <= 0 || height <= 0) {
            return;
        }
        TreemapNode<Object> root = tiles.get();
        int w = width;
        int h = height;
        Rendered now = rendered.get();
        if (root == null || now != null && now.width() == w && now.height() == h && root.equals(renderedFrom)) {
            // the same tiles at the same size (rows marked stale as a rescan starts, sizes reported
            // again unchanged): the map would come out pixel for pixel the same; not drawing it
            // again spares the renderer a frame's work while the tree is busiest
            return;
        }
        running = true;
        lastStartNanos = System.nanoTime();
        UiTask.of(executor, ticket -> {
            TreemapLayout<Object> layout = SquarifiedLayout.layout(root, w, h, TreemapViewModel.OPTIONS);
            return Rendered.of(layout, w, h, CushionRenderer.render(layout, w, h));
        }).onSuccess(r -> {
            renderedFrom = root;
            rendered.set(r);
        }).whenDone(this::finished).start();
    }

    private void finished() {
        running = false;
        if (pending) {
            request();
        }
    }
}
