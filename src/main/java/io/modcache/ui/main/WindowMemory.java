package io.modcache.ui.main;

import io.modcache.settings.WindowSettings;
import io.modcache.ui.model.CacheRow;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts the window where the user left it (place, size, maximised: only where a screen still
 * shows it) and the tree's columns in their order, width and visibility, and stores every change.
 */
public final class WindowMemory {

    private final MainServices.Stored<WindowSettings> store;
    private final Stage stage;
    private final TreeTableView<CacheRow> tree;

    WindowMemory(MainServices.Stored<WindowSettings> store, Stage stage, TreeTableView<CacheRow> tree) {
        this.store = store;
        this.stage = stage;
        this.tree = tree;
    }

    /** Before the window shows: its bounds and the columns as stored. From then on, changes are stored. */
    void restoreAndTrack() {
        WindowSettings w = store.load();
        if (w.width() > 0 && w.height() > 0 && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
        }
        stage.setMaximized(w.maximized());
        restoreColumns(w.columns());
        InvalidationListener bounds = x -> saveBounds();
        stage.xProperty().addListener(bounds);
        stage.yProperty().addListener(bounds);
        stage.widthProperty().addListener(bounds);
        stage.heightProperty().addListener(bounds);
        stage.maximizedProperty().addListener(bounds);
        tree.getColumns().addListener((ListChangeListener<TreeTableColumn<CacheRow, ?>>) c -> saveColumns());
        for (TreeTableColumn<CacheRow, ?> column : tree.getColumns()) {
            column.widthProperty().addListener(x -> saveColumns());
            column.visibleProperty().addListener(x -> saveColumns());
        }
    }

    private void restoreColumns(List<WindowSettings.ColumnLayout> stored) {
        if (stored.isEmpty()) {
            return;
        }
        Map<String, TreeTableColumn<CacheRow, ?>> byId = tree.getColumns().stream()
                .filter(c -> c.getId() != null).collect(Collectors.toMap(TreeTableColumn::getId, Function.identity()));
        List<TreeTableColumn<CacheRow, ?>> ordered = new ArrayList<>();
        for (WindowSettings.ColumnLayout layout : stored) {
            TreeTableColumn<CacheRow, ?> column = byId.remove(layout.id());
            if (column != null) {
                ordered.add(column);
                column.setPrefWidth(layout.width());
                column.setVisible(layout.visible());
            }
        }
        // columns this version added, that the stored layout does not know, keep their place at the end
        tree.getColumns().stream().filter(c -> byId.containsValue(c)).forEach(ordered::add);
        if (ordered.size() == tree.getColumns().size()) {
            tree.getColumns().setAll(ordered);
        }
    }

    private void saveBounds() {
        WindowSettings w = store.load();
        if (stage.isMaximized() || stage.isIconified()) {
            // the bounds of the maximised window are not the ones to return to
            store.save(w.withBounds(w.x(), w.y(), w.width(), w.height(), stage.isMaximized()));
        } else {
            Rectangle2D r = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            store.save(w.withBounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), false));
        }
    }

    private void saveColumns() {
        store.save(store.load().withColumns(tree.getColumns().stream()
                .map(c -> new WindowSettings.ColumnLayout(c.getId(), c.getWidth(), c.isVisible())).toList()));
    }
}
