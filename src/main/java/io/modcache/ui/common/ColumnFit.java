package io.modcache.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;

import java.util.List;
import java.util.function.Function;

/**
 * Sizes a table column to the widest text it shows, between its least width and a most: a column of
 * short versions leaves its room to one that needs it, and a column of long pseudo-versions takes
 * what it needs up to the most, where its cells elide.
 */
public final class ColumnFit {

    /** A cell's padding and the header's sort arrow, around the text. */
    private static final double ROOM = 24;
    /** The longest texts, by characters, that are measured: the widest is among them. */
    private static final int MEASURED = 50;

    private ColumnFit() {
    }

    /** Fits {@code column} and lets it grow beyond its text when the table has room. */
    public static <S> void toContent(TableColumn<S, ?> column, List<S> rows, Function<S, String> text, double most) {
        column.setPrefWidth(widest(column, rows, text, most));
    }

    /**
     * Fits {@code column} and keeps it there: a table with room to spare gives it to the columns
     * that can grow (the constrained resize policies share it out by width otherwise).
     */
    public static <S> void exactly(TableColumn<S, ?> column, List<S> rows, Function<S, String> text, double most) {
        double width = widest(column, rows, text, most);
        column.setMaxWidth(width);
        column.setPrefWidth(width);
    }

    private static <S> double widest(TableColumn<S, ?> column, List<S> rows, Function<S, String> text, double most) {
        Font font = Font.font(Themes.fontSize());
        double widest = TextWidth.of(column.getText(), font);
        List<String> longest = rows.stream().map(text).sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .limit(MEASURED).toList();
        for (String t : longest) {
            widest = Math.max(widest, TextWidth.of(t, font));
        }
        return Math.max(column.getMinWidth(), Math.min(most, Math.ceil(widest + ROOM)));
    }
}
