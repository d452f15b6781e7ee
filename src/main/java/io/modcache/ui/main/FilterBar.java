package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.ui.common.Formats;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

/**
 * The filter: path, path@version or version text narrows the tree; "4 of 242 modules" in the
 * status bar and "no module matches" in the empty tree; Escape or ✕ clears it.
 */
final class FilterBar {

    private final TextField field;
    private final Label counts;
    private final Label placeholder;
    private final CacheTreeItems items;
    private final MainViewModel model;
    private final ToggleButton flat;

    FilterBar(TextField field, Button clear, Label counts, Label placeholder, CacheTreeItems items, MainViewModel model,
              ToggleButton flat) {
        this.field = field;
        this.counts = counts;
        this.placeholder = placeholder;
        this.items = items;
        this.model = model;
        this.flat = flat;
        field.textProperty().bindBidirectional(model.searchTextProperty());
        model.searchTextProperty().addListener((obs, old, text) -> {
            items.setFilter(text);
            showCounts();
        });
        items.shownModulesProperty().addListener(o -> showCounts());
        items.shownVersionsProperty().addListener(o -> showCounts());
        model.lastScanProperty().addListener(o -> showCounts());
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                clear();
                e.consume();
            }
        });
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    void clear() {
        field.clear();
    }

    /** The counts and the placeholder for the filter and view in effect. */
    void showCounts() {
        String text = model.searchTextProperty().get();
        boolean filtering = text != null && !text.isBlank();
        int modules = model.cache().modules().size();
        int versions = (int) model.cache().totals().versions();
        counts.setText(!filtering ? "" : flat.isSelected()
                ? Text.get("main.filter.versions", Formats.count(items.shownVersionsProperty().get()), Formats.counted("count.version", versions))
                : Text.get("main.filter.modules", Formats.count(items.shownModulesProperty().get()), Formats.counted("count.module", modules)));
        boolean scannedEmpty = model.lastScanProperty().get() != null && modules == 0;
        placeholder.setText(filtering && modules > 0
                ? Text.get(flat.isSelected() ? "main.filter.noVersion" : "main.filter.noModule", text.trim())
                : !filtering && scannedEmpty ? Text.get("main.emptyCache") : "");
    }
}
