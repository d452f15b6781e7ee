package io.modcache.ui.main;

import io.modcache.cache.CacheLocation;
import io.modcache.text.Text;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The cache's folder and where it came from above the toolbars, and the notice bar under them (a saved scan on show, go missing, …). */
final class LocationBar {

    private LocationBar() {
    }

    static void bind(Label folder, Label source, HBox noticeBar, Label notice, MainViewModel model) {
        folder.textProperty().bind(Bindings.createStringBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? Text.get("main.locating") : l.root().toString();
        }, model.locationProperty()));
        folder.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? null : new Tooltip(l.describe());
        }, model.locationProperty()));
        source.textProperty().bind(Bindings.createStringBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? "" : Text.get("main.locationSource", l.source().description());
        }, model.locationProperty()));
        notice.textProperty().bind(model.session().noticeTextProperty());
        noticeBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (model.session().noticeProperty().get()) {
            case NONE, LOCATING -> false;
            default -> true;
        }, model.session().noticeProperty()));
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
    }
}
