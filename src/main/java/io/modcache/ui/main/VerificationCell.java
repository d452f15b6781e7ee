package io.modcache.ui.main;

import io.modcache.ui.common.HoverTooltip;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The Verification column: an icon by tone, the status text, and the problems as a tooltip. */
final class VerificationCell extends TreeTableCell<CacheRow, StatusBadge> {

    private static final Map<StatusBadge.Tone, PseudoClass> TONES = new EnumMap<>(StatusBadge.Tone.class);

    static {
        for (StatusBadge.Tone tone : StatusBadge.Tone.values()) {
            TONES.put(tone, PseudoClass.getPseudoClass(tone.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final Label icon = new Label();
    /** What the checksum database said: a small diamond, green when confirmed, amber on an error. */
    private final Label sumdb = new Label("\u25C6");
    private final HBox graphic = new HBox(icon);
    private final HoverTooltip tooltip = new HoverTooltip(this);

    VerificationCell() {
        icon.getStyleClass().add("status-icon");
        sumdb.getStyleClass().addAll("status-icon", "sumdb-icon");
        graphic.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(StatusBadge view, boolean empty) {
        super.updateItem(view, empty);
        if (empty || view == null || view.text().isEmpty()) {
            setText(null);
            setGraphic(null);
            tooltip.setText(null);
            return;
        }
        icon.setText(switch (view.tone()) {
            case OK -> "\u2714";      // heavy check mark
            case BAD -> "\u2716";     // heavy multiplication x
            case WARN -> "\u26A0";    // warning sign
            case NEUTRAL -> "\u2022"; // bullet
        });
        // pseudo-classes, not style classes: a cell re-styles cheaply as it is reused for another row
        TONES.forEach((tone, pseudo) -> icon.pseudoClassStateChanged(pseudo, tone == view.tone()));
        StatusBadge.Tone db = view.provenance() == null ? null : switch (view.provenance().state()) {
            case CONFIRMED -> StatusBadge.Tone.OK;
            case MISMATCH -> StatusBadge.Tone.BAD;
            case ERROR -> StatusBadge.Tone.WARN;
            case UNKNOWN, PRIVATE -> null;
        };
        if (db != null) {
            TONES.forEach((tone, pseudo) -> sumdb.pseudoClassStateChanged(pseudo, tone == db));
        }
        // the children change only when the diamond comes or goes: a node taken out and put back is styled and laid out anew
        boolean shown = graphic.getChildren().size() == 2;
        if (db != null && !shown) {
            graphic.getChildren().add(sumdb);
        } else if (db == null && shown) {
            graphic.getChildren().remove(sumdb);
        }
        setGraphic(graphic);
        setText(view.text());
        tooltip.setText(view.tooltip());
    }
}
