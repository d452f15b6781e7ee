package io.modcache.ui.details;

import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * Read-only text that looks like a label but can be selected with mouse or keyboard and copied
 * (Ctrl+C, or its context menu). As high as its text: one row per line, plus the rows long lines
 * wrap onto at the current width, so it never shows a scroll bar of its own.
 */
final class SelectableText extends TextArea {

    /** An average character's width in a proportional font, as a fraction of the font size. */
    private static final double CHAR_WIDTH_EM = 0.55;

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
        setPrefRowCount(rows(getText(), getWidth(), getFont()));
    }

    static int rows(String text, double width, Font font) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perRow = width <= 0 ? Double.MAX_VALUE : Math.max(1, width / (font.getSize() * CHAR_WIDTH_EM));
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (int) Math.ceil(line.length() / perRow));
        }
        return rows;
    }
}
