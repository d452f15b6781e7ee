package io.modcache.ui.main;

import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/** The Verification column: an icon by tone, the status text, and the problems as a tooltip. */
final class VerificationCell extends TreeTableCell<CacheRow, StatusBadge> {

    private final Label icon = new Label();

    VerificationCell() {
        icon.getStyleClass().add("status-icon");
    }

    @Override
    protected void updateItem(StatusBadge view, boolean empty) {
        super.updateItem(view, empty);
        icon.getStyleClass().removeAll("tone-ok", "tone-bad", "tone-warn", "tone-neutral");
        if (empty || view == null || view.text().isEmpty()) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        icon.setText(switch (view.tone()) {
            case OK -> "\u2714";      // heavy check mark
            case BAD -> "\u2716";     // heavy multiplication x
            case WARN -> "\u26A0";    // warning sign
            case NEUTRAL -> "\u2022"; // bullet
        });
        icon.getStyleClass().add("tone-" + view.tone().name().toLowerCase(java.util.Locale.ROOT));
        setGraphic(icon);
        setText(view.text());
        setTooltip(view.tooltip().isEmpty() ? null : new Tooltip(view.tooltip()));
    }
}
