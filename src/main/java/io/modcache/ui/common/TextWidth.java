package io.modcache.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is laid out on one line: the measure behind columns fitted to their text, labels cut to a tile, lines broken to a pane. */
public final class TextWidth {

    /** One text node reused for every measure; FX thread only. */
    private static final Text MEASURE = new Text();

    private TextWidth() {
    }

    /** The width of {@code text} in {@code font}, unwrapped. */
    public static double of(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setWrappingWidth(0);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
