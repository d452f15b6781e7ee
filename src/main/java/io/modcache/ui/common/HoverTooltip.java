package io.modcache.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip that is made the first time the pointer comes over the control. A
 * {@link Tooltip} is a popup window; one for each visible cell of the tree was a tenth of the FX
 * thread's work before the window's first frame (docs/performance.md). The text is kept, and shown
 * from the first hover on exactly as a tooltip set directly would be.
 */
public final class HoverTooltip {

    private final Control owner;
    private String text;
    private Tooltip tooltip;

    public HoverTooltip(Control owner) {
        this.owner = owner;
        // the tooltip's own handlers, installed here, still see the mouse move that follows the entry
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null && text != null) {
                tooltip = new Tooltip();
                apply();
            }
        });
    }

    /**
     * Gives every node of {@code scene} whose {@linkplain javafx.scene.Node#accessibleHelpProperty() accessible help}
     * is set (in FXML: {@code accessibleHelp="%key"}) that text as its tooltip, made the first time
     * the pointer comes over it; the help text is also what a screen reader says.
     */
    public static void fromAccessibleHelp(javafx.scene.Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && n.getAccessibleHelp() != null && !n.getAccessibleHelp().isEmpty()
                    && !n.getProperties().containsKey(HoverTooltip.class)) {
                n.getProperties().put(HoverTooltip.class, Boolean.TRUE);
                Tooltip help = sentence(n.getAccessibleHelp());
                if (!(n instanceof Control c)) {
                    Tooltip.install(n, help);
                } else if (c.getTooltip() == null) {
                    c.setTooltip(help);
                }
            }
        });
    }

    /** Help is a sentence or two: wrapped at a reading width, not one line across the screen. */
    private static Tooltip sentence(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(Themes.fontSize() * 32);
        return tooltip;
    }

    /** The text to show; null or empty for no tooltip. */
    public void setText(String text) {
        this.text = text == null || text.isEmpty() ? null : text;
        if (tooltip != null) {
            apply();
        }
    }

    private void apply() {
        if (text == null) {
            owner.setTooltip(null);
        } else {
            tooltip.setText(text);
            owner.setTooltip(tooltip);
        }
    }
}
