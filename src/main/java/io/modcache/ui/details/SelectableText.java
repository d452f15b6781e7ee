package io.modcache.ui.details;

import javafx.scene.control.IndexRange;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Read-only text that looks like a label but can be selected with mouse or keyboard and copied
 * (Ctrl+C, or its context menu). As high as its text: one row per line, plus the rows long lines
 * wrap onto at the current width, so it never shows a scroll bar of its own. Long paths and module
 * versions break after a {@code /} or before the {@code @} ({@link SoftBreaks}); what is copied,
 * and {@link #wholeText()}, is the text as given, without those breaks.
 */
public final class SelectableText extends TextArea {

    /** Room for the focus mark on the left (see modcache.css), which the text wraps around. */
    private static final double FOCUS_MARK = 2;

    /** Lays text out as the text area's own text node does, to count its rows; FX thread only. */
    private static final Text MEASURE = new Text();

    private String whole = "";
    private int[] added = new int[0];
    private boolean breaking;
    /** The text area's own text node, whose wrapping width is the width lines are broken at. */
    private Text shownText;
    private static final int WIDTHS_KEPT = 4096;
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();
    private Font widthsFont;

    SelectableText() {
        setEditable(false);
        setWrapText(true);
        getStyleClass().add("selectable-text");
        setMinHeight(Region.USE_PREF_SIZE);
        setPrefRowCount(1);
        textProperty().addListener(o -> {
            if (!breaking) {
                whole = getText() == null ? "" : getText();
                added = new int[0];
                fit();
            }
        });
        widthProperty().addListener(o -> fit());
        fontProperty().addListener(o -> fit());
        skinProperty().addListener(o -> {
            shownText = textNode(this, false);
            if (shownText != null) {
                shownText.wrappingWidthProperty().addListener(w -> fit());
            }
        });
    }

    /** The first text under the content (the paragraph), found through the scroll pane's content: the scroll pane has no children of its own before its skin. */
    private static Text textNode(javafx.scene.Parent parent, boolean inContent) {
        boolean content = inContent || parent.getStyleClass().contains("content");
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            javafx.scene.Node next = child instanceof javafx.scene.control.ScrollPane scroll ? scroll.getContent() : child;
            if (next instanceof Text text && content) {
                return text;
            }
            if (next instanceof javafx.scene.Parent p) {
                Text found = textNode(p, content);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    SelectableText(String text) {
        this();
        setText(text);
    }

    /** The text as given, without the line breaks added to show it. */
    public String wholeText() {
        return whole;
    }

    @Override
    public void copy() {
        IndexRange range = getSelection();
        if (range.getLength() > 0) {
            ClipboardContent content = new ClipboardContent();
            content.putString(SoftBreaks.whole(getText(), added, range.getStart(), range.getEnd()));
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void fit() {
        double width = shownText != null && shownText.getWrappingWidth() > 0 ? shownText.getWrappingWidth()
                : getWidth() - snappedLeftInset() - snappedRightInset() - FOCUS_MARK;
        if (width > 0) {
            Font font = getFont();
            // half a pixel to spare: the text area's own wrapping must find nothing left to break
            SoftBreaks.Shown shown = SoftBreaks.wrap(whole, width - 0.5, s -> widthOf(s, font));
            if (!shown.text().equals(getText())) {
                breaking = true;
                try {
                    setText(shown.text());
                } finally {
                    breaking = false;
                }
            }
            added = shown.added();
            if (shown.allFit()) {
                // one row a line: no need to lay the whole text out again to count them
                setPrefRowCount((int) getText().chars().filter(c -> c == '\n').count() + 1);
                return;
            }
        }
        setPrefRowCount(rows(getText(), width, getFont()));
    }

    /**
     * The width of {@code text} in {@code font}, remembered: the same pieces come back at every width
     * as the pane is resized, and in every row of a version list ("43.8 MiB  ", "verified  ").
     */
    private double widthOf(String text, Font font) {
        if (font != widthsFont || widths.size() > WIDTHS_KEPT) {
            widths.clear();
            widthsFont = font;
        }
        return widths.computeIfAbsent(text, t -> io.modcache.ui.common.TextWidth.of(t, font));
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
