package io.modcache.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks lines where a reader expects a long path or module version to break: after a space (in a
 * line laid out in columns, only between them), {@code /}, {@code -} or {@code ,}, and before the
 * {@code @} of {@code path@version}. JavaFX wraps text at spaces only and
 * cuts a longer word anywhere ({@code golang.org/x/text@v0.7.} over {@code 0}), so the text is shown
 * with line breaks of its own, and {@link #whole} gives back the text without them.
 */
final class SoftBreaks {

    /**
     * {@code text} as shown, where in it a line break was added (ascending), and whether every line
     * now fits the width (when one piece alone is wider, the text area still cuts it somewhere).
     */
    record Shown(String text, int[] added, boolean allFit) {
    }

    private SoftBreaks() {
    }

    /** Breaks each line of {@code text} that {@code measure} finds wider than {@code width}, greedily. */
    static Shown wrap(String text, double width, ToDoubleFunction<String> measure) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<Integer> added = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean allFit = width > 0;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            if (width <= 0 || measure.applyAsDouble(line.stripTrailing()) <= width) {
                out.append(line);
                continue;
            }
            // widths add up (glyph advances, no kerning): each piece is measured once, whatever it follows
            StringBuilder current = new StringBuilder();
            double currentWidth = 0;
            for (String piece : pieces(line)) {
                double pieceWidth = measure.applyAsDouble(piece);
                if (pieceWidth > width) {
                    allFit = false;
                }
                // the space kept before a break added here counts: JavaFX lets only the spaces it breaks at itself overhang
                if (current.length() > 0 && currentWidth + pieceWidth > width) {
                    out.append(current);
                    added.add(out.length());
                    out.append('\n');
                    current.setLength(0);
                    currentWidth = 0;
                }
                current.append(piece);
                currentWidth += pieceWidth;
            }
            out.append(current);
        }
        return new Shown(out.toString(), added.stream().mapToInt(Integer::intValue).toArray(), allFit);
    }

    /** The text of {@code shown} from {@code start} to {@code end}, without the breaks {@code added} to it. */
    static String whole(String shown, int[] added, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int next = 0;
        for (int i = start; i < end; i++) {
            while (next < added.length && added[next] < i) {
                next++;
            }
            if (next < added.length && added[next] == i) {
                continue;
            }
            out.append(shown.charAt(i));
        }
        return out.toString();
    }

    /**
     * The line cut where it may break: a run of spaces stays with the word before it. In a line laid
     * out in columns (two spaces or more between them, as a module's version list is) it breaks
     * between the columns, not inside one ("not verified").
     */
    static List<String> pieces(String line) {
        List<String> pieces = new ArrayList<>();
        boolean columns = line.contains("  ");
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean next = i + 1 < line.length();
            boolean endOfSpaces = c == ' ' && next && line.charAt(i + 1) != ' ' && (!columns || i > 0 && line.charAt(i - 1) == ' ');
            boolean after = endOfSpaces || c == '/' || c == '-' || c == ',';
            // before the @ of path@version, not of "(@v/list)"
            boolean before = next && line.charAt(i + 1) == '@' && Character.isLetterOrDigit(c);
            if ((after || before) && next) {
                pieces.add(line.substring(from, i + 1));
                from = i + 1;
            }
        }
        pieces.add(line.substring(from));
        return pieces;
    }
}
