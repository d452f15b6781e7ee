package io.modcache.ui.details;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Read-only text that looks like a label but can be selected with mouse or keyboard and copied
 * (Ctrl+C, or its context menu). As high as its text: one row per line, plus the rows long lines
 * wrap onto at the current width, so it never shows a scroll bar of its own.
 */
final class SelectableText extends TextArea {

    /** Room for the focus mark on the left (see modcache.css), which the text wraps around. */
    private static final double FOCUS_MARK = 2;

    /** Lays text out as the text area's own text node does, to count its rows; FX thread only. */
    private static final Text MEASURE = new Text();

    SelectableText() {
        setEditable(false);
        setWrapText(true);
        getStyleClass().add("selectable-text");
        setMinHeight(Region.USE_PREF_SIZE);
        setPrefRowCount(1);
        textProperty().addListener(o -> fit());
        widthProperty().addListener(o -> fit());
        fontProperty().addListener(o -> fit());
    }

    SelectableText(String text) {
        this();
        setText(text);
    }

    private void fit() {
        setPrefRowCount(rows(getText(), getWidth() - snappedLeftInset() - snappedRightInset() - FOCUS_MARK, getFont()));
    }

    /** How many rows {@code text} takes in {@code font} wrapped at {@code width} (unwrapped when not laid out yet): words wrap whole, as in the text area. */
    static int rows(String text, double width, Font font) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        MEASURE.setFont(font);
        MEASURE.setWrappingWidth(0);
        MEASURE.setText("X");
        double row = MEASURE.getLayoutBounds().getHeight();
        MEASURE.setWrappingWidth(Math.max(0, width));
        MEASURE.setText(text);
        double all = MEASURE.getLayoutBounds().getHeight();
        return Math.max(1, (int) Math.round(all / row));
    }
}
