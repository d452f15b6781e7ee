package io.modcache.ui.treemap;

import io.modcache.text.Text;
import io.modcache.cache.EntryId;
import io.modcache.cache.VersionId;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.Selection;
import javafx.beans.property.BooleanProperty;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The treemap's state, free of controls: what it shows (the whole cache, one host or one module),
 * how it colours, and the latest rendering. Tiles are built from the shared {@link CacheModel} on
 * the UI thread; layout and cushion shading run in the background ({@link TreemapRenderer}: one
 * at a time, the latest request winning, throttled while a scan streams in, skipped when nothing
 * drawn would change). Clicks go to the shared {@link Selection}.
 */
public final class TreemapViewModel {

    public static final SquarifiedLayout.Options OPTIONS = new SquarifiedLayout.Options(1.5, 16);

    /** A host group's tile. */
    public record Host(String name) {
    }

    /** One step of the breadcrumb: its words and what zooming to it shows (null: the whole cache). */
    public record Crumb(String label, Object zoom) {
    }

    /**
     * A finished rendering: where the tiles are, their pixels (opaque ARGB, {@code width} by
     * {@code height}), and the image of them, made where the rendering was: the FX thread only
     * draws it (converting a 1200×400 map's pixels to the toolkit's format takes 2–5 ms, up to
     * four times a second while a scan streams in).
     */
    public record Rendered(TreemapLayout<Object> layout, int width, int height, int[] pixels, Image image) {

        static Rendered of(TreemapLayout<Object> layout, int width, int height, int[] pixels) {
            WritableImage image = new WritableImage(width, height);
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return new Rendered(layout, width, height, pixels, image);
        }
    }

    private final CacheModel cache;
    private final Selection selection;
    private final TileDescriptions descriptions;
    private final ObjectProperty<TreemapColouring> colouring = new SimpleObjectProperty<>(TreemapColouring.AGE);
    private final BooleanProperty groupByHost = new SimpleBooleanProperty();
    private final ObjectProperty<Object> zoom = new SimpleObjectProperty<>();
    private final TreemapRenderer renderer;
    private final ReadOnlyObjectWrapper<List<LegendEntry>> legend = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<Crumb>> crumbs = new ReadOnlyObjectWrapper<>(List.of(new Crumb(Text.get("treemap.wholeCache"), null)));

    public TreemapViewModel(UiExecutor executor, CacheModel cache, Selection selection) {
        this.cache = cache;
        this.selection = selection;
        this.descriptions = new TileDescriptions(cache);
        this.renderer = new TreemapRenderer(executor, this::tilesNow);
        cache.revisionProperty().addListener(o -> request());
        cache.trackingProperty().addListener(o -> request());
        cache.needsProperty().addListener(o -> request());
        colouring.addListener(o -> request());
        groupByHost.addListener(o -> {
            zoom.set(null);
            request();
        });
        zoom.addListener(o -> {
            crumbs.set(crumbsOf(zoom.get()));
            request();
        });
    }

    /** The area the treemap has, in pixels: a new size is laid out anew. */
    public void resize(double w, double h) {
        renderer.resize(w, h);
    }

    private void request() {
        renderer.request();
    }

    /** What to draw now; null when there is nothing to draw this time. */
    private TreemapNode<Object> tilesNow() {
        if (zoom.get() != null && !shows(zoom.get())) {
            zoom.set(null); // what was zoomed into is gone (deleted, or another cache): its listener asks again
            return null;
        }
        ColourContext context = context();
        legend.set(colouring.get().legend(context));
        return tree(context);
    }

    private boolean shows(Object z) {
        if (z instanceof EntryId.Module m) {
            return cache.find(m) != null;
        }
        String host = ((Host) z).name();
        return cache.modules().stream().anyMatch(m -> TreemapColouring.host(m.name()).equals(host));
    }

    private ColourContext context() {
        return TreemapTiles.context(cache);
    }

    /** The tiles to show: hosts (when grouping by them), modules, versions; other entries at the top. */
    TreemapNode<Object> tree(ColourContext context) {
        return TreemapTiles.of(cache, colouring.get(), zoom.get(), groupByHost.get(), context);
    }

    private List<Crumb> crumbsOf(Object z) {
        List<Crumb> out = new ArrayList<>();
        out.add(new Crumb(Text.get("treemap.wholeCache"), null));
        if (z instanceof Host h) {
            out.add(new Crumb(h.name(), h));
        } else if (z instanceof EntryId.Module m) {
            if (groupByHost.get()) {
                String host = TreemapColouring.host(m.path());
                out.add(new Crumb(host, new Host(host)));
            }
            out.add(new Crumb(m.path(), m));
        }
        return out;
    }

    /** A click on a tile: selects what it stands for; with {@code add} (Ctrl-click), adds it to the selection. */
    public void click(Tile<Object> tile, boolean add) {
        if (tile == null || !(tile.node().item() instanceof EntryId id)) {
            if (!add) {
                selection.clear();
            }
            return;
        }
        if (add) {
            selection.add(id);
        } else {
            selection.select(List.of(id), id);
        }
    }

    /** An arrow key: selects the tile beside the lead one in that direction; with nothing selected, the largest. */
    public void move(TreemapLayout.Direction direction) {
        Rendered r = renderer.renderedProperty().get();
        if (r == null) {
            return;
        }
        Tile<Object> from = leadTile();
        Tile<Object> to = from == null ? r.layout().tiles().stream().filter(Tile::isLeaf).findFirst().orElse(null)
                : r.layout().neighbour(from, direction);
        if (to != null) {
            click(to, false);
        }
    }

    /** The tile of the selection's lead (its module's when the version has no tile of its own), or null. */
    public Tile<Object> leadTile() {
        Rendered r = renderer.renderedProperty().get();
        EntryId lead = selection.leadProperty().get();
        if (r == null || lead == null) {
            List<Tile<Object>> selected = selectedTiles();
            return selected.isEmpty() ? null : selected.get(selected.size() - 1);
        }
        Tile<Object> t = r.layout().tileOf(lead);
        if (t == null && lead instanceof VersionId v) {
            t = r.layout().tileOf(new EntryId.Module(v.path()));
        }
        return t;
    }

    /** A double click zooms into the module (or host) of the tile. */
    public void zoomInto(Tile<Object> tile) {
        if (tile == null) {
            return;
        }
        Object item = tile.node().item();
        if (item instanceof VersionId v) {
            zoom.set(new EntryId.Module(v.path()));
        } else if (item instanceof EntryId.Module || item instanceof Host) {
            zoom.set(item);
        }
    }

    /** One step back towards the whole cache. */
    public void zoomOut() {
        List<Crumb> path = crumbs.get();
        if (path.size() > 1) {
            zoom.set(path.get(path.size() - 2).zoom());
        }
    }

    /** What the map says when it has no tile to draw: that nothing is scanned yet, or that the cache holds nothing. */
    public String emptyText() {
        return io.modcache.text.Text.get(cache.scanProperty().get() == null ? "treemap.notScanned" : "treemap.empty");
    }

    /** What a tooltip says about a tile: path, version, size, last access, status. */
    public String describe(Tile<Object> tile) {
        return descriptions.of(tile);
    }

    /** The tiles to outline: those of the selected ids that are laid out (a version too small for a tile: its module's). */
    public List<Tile<Object>> selectedTiles() {
        Rendered r = renderer.renderedProperty().get();
        if (r == null) {
            return List.of();
        }
        List<Tile<Object>> out = new ArrayList<>();
        for (EntryId id : selection.ids()) {
            Tile<Object> t = r.layout().tileOf(id);
            if (t == null && id instanceof VersionId v) {
                t = r.layout().tileOf(new EntryId.Module(v.path()));
            }
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt(Tile::depth));
        return out;
    }

    public ObjectProperty<TreemapColouring> colouringProperty() {
        return colouring;
    }

    public BooleanProperty groupByHostProperty() {
        return groupByHost;
    }

    /** What is shown: null for the whole cache, a {@link Host}, or an {@link EntryId.Module}. */
    public ObjectProperty<Object> zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<Rendered> renderedProperty() {
        return renderer.renderedProperty();
    }

    public ReadOnlyObjectProperty<List<LegendEntry>> legendProperty() {
        return legend.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Crumb>> crumbsProperty() {
        return crumbs.getReadOnlyProperty();
    }
}
