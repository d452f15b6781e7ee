package io.modcache.ui.main;

import io.modcache.settings.ViewSettings;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.treemap.TreemapColouring;
import io.modcache.ui.treemap.TreemapViewModel;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

import java.util.List;

/**
 * Puts the views as the user last left them (treemap shown and its divider, colouring, grouping,
 * sort, flat or grouped, overview, details) and stores every change. The tree sorts by size, largest
 * first, until the user sorts otherwise.
 */
final class ViewMemory {

    private final MainServices.Stored<ViewSettings> store;
    private final TreeTableView<CacheRow> tree;
    private final SplitPane mapSplit;
    private final ToggleButton treemapShown;
    private final ToggleButton flat;
    private final ToggleButton overviewShown;
    private final BooleanProperty detailsShown;
    private final TreemapViewModel treemap;
    private double divider;

    ViewMemory(MainServices.Stored<ViewSettings> store, TreeTableView<CacheRow> tree, SplitPane mapSplit, ToggleButton treemapShown,
               ToggleButton flat, ToggleButton overviewShown, BooleanProperty detailsShown, TreemapViewModel treemap) {
        this.store = store;
        this.tree = tree;
        this.mapSplit = mapSplit;
        this.treemapShown = treemapShown;
        this.flat = flat;
        this.overviewShown = overviewShown;
        this.detailsShown = detailsShown;
        this.treemap = treemap;
    }

    /** Applies the stored settings; from then on every change is stored. */
    void restoreAndTrack() {
        ViewSettings v = store.load();
        divider = v.treemapDivider();
        treemapShown.setSelected(v.treemapShown());
        flat.setSelected(v.flat());
        overviewShown.setSelected(v.overviewShown());
        detailsShown.set(!v.detailsHidden());
        treemap.colouringProperty().set(colouring(v.colouring()));
        treemap.groupByHostProperty().set(v.groupByHost());
        tree.getColumns().stream().filter(c -> c.getId() != null && c.getId().equals(v.sortColumn())).findFirst().ifPresent(c -> {
            c.setSortType(v.sortAscending() ? TreeTableColumn.SortType.ASCENDING : TreeTableColumn.SortType.DESCENDING);
            tree.getSortOrder().setAll(List.of(c));
        });
        for (Observable o : List.<Observable>of(treemapShown.selectedProperty(), flat.selectedProperty(),
                overviewShown.selectedProperty(), detailsShown, treemap.colouringProperty(), treemap.groupByHostProperty())) {
            o.addListener(x -> save());
        }
        tree.getSortOrder().addListener((ListChangeListener<TreeTableColumn<CacheRow, ?>>) c -> save());
        tree.getColumns().forEach(c -> c.sortTypeProperty().addListener(x -> save()));
        mapSplit.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> trackDivider());
        trackDivider();
    }

    /** Where the divider between tree and treemap goes when the treemap is shown. */
    double divider() {
        return divider;
    }

    private void trackDivider() {
        mapSplit.getDividers().forEach(d -> d.positionProperty().addListener((obs, old, now) -> {
            divider = now.doubleValue();
            save();
        }));
    }

    private void save() {
        TreeTableColumn<CacheRow, ?> sorted = tree.getSortOrder().isEmpty() ? null : tree.getSortOrder().get(0);
        store.save(new ViewSettings(treemapShown.isSelected(), divider, treemap.colouringProperty().get().name(),
                treemap.groupByHostProperty().get(), sorted == null ? "" : sorted.getId(),
                sorted != null && sorted.getSortType() == TreeTableColumn.SortType.ASCENDING, flat.isSelected(),
                overviewShown.isSelected(), !detailsShown.get()));
    }

    private static TreemapColouring colouring(String name) {
        try {
            return TreemapColouring.valueOf(name);
        } catch (IllegalArgumentException e) {
            return TreemapColouring.AGE;
        }
    }
}
