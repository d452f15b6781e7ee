package io.modcache.ui.main;

import io.modcache.text.Text;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: what the app is doing (with its progress) on the left; on the right what changed
 * since the last scan, the filter's counts, the selection's size, and Cancel while work runs.
 */
final class StatusArea {

    private final Label filterCounts = new Label();

    StatusArea(StatusBar bar, MainViewModel model) {
        bar.textProperty().bind(model.status().textProperty());
        bar.progressProperty().bind(model.status().progressProperty());
        Label selection = new Label();
        selection.textProperty().bind(model.selectionTextProperty());
        selection.setId("selectionLabel");
        filterCounts.setId("filterLabel");
        Label change = new Label();
        change.setId("changeLabel");
        change.textProperty().bind(model.status().changeProperty());
        change.getStyleClass().add("change-label");
        Button cancel = new Button(Text.get("main.cancel"));
        cancel.setId("cancelButton");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        bar.getRightItems().addAll(change, filterCounts, selection, cancel);
    }

    /** Where the filter says how many rows pass it. */
    Label filterCounts() {
        return filterCounts;
    }
}
