package io.modcache.ui.common;

import io.modcache.select.AgeBucket;
import io.modcache.ui.model.StatusBadge;
import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.Map;

/**
 * The colours that carry meaning, the same in every view (treemap, overview, legends): age as a
 * sequential scale from fresh (light) to old (dark red), verdict tones, whether projects need a
 * version, and a categorical scale for module hosts. ARGB ints, so that code off the UI thread
 * (the treemap's renderer) uses them too.
 */
public final class Palette {

    public static final int NO_VALUE = 0xffa3a8ae;
    public static final int OTHER_ENTRY = 0xff7f8c8d;
    public static final int NEEDED = 0xff1a73e8;
    public static final int GRAPH_ONLY = 0xff8ab4f8;
    public static final int UNUSED = 0xfff29900;
    /** Tableau 10, without its grey: the largest hosts get these, in order. */
    public static final int[] HOSTS = {0xff4e79a7, 0xfff28e2b, 0xffe15759, 0xff76b7b2, 0xff59a14f, 0xffedc948, 0xffb07aa1,
        0xffff9da7, 0xff9c755f};

    private static final Map<AgeBucket, Integer> AGES = new EnumMap<>(Map.of(
            AgeBucket.WEEK, 0xffffe98a, AgeBucket.MONTH, 0xfffdbf5a, AgeBucket.QUARTER, 0xfffb8c3c,
            AgeBucket.YEAR, 0xffe8502a, AgeBucket.OLDER, 0xffb3142b, AgeBucket.UNKNOWN, NO_VALUE));
    private static final Map<StatusBadge.Tone, Integer> TONES = new EnumMap<>(Map.of(
            StatusBadge.Tone.OK, 0xff34a853, StatusBadge.Tone.BAD, 0xffd93025, StatusBadge.Tone.WARN, 0xfff29900,
            StatusBadge.Tone.NEUTRAL, NO_VALUE));

    private Palette() {
    }

    public static int age(AgeBucket bucket) {
        return AGES.get(bucket);
    }

    public static int tone(StatusBadge.Tone tone) {
        return TONES.get(tone);
    }

    /** Text on a fill of this colour: white on dark fills (the treemap's blues, reds, the oldest ages), else near-black. */
    public static boolean takesLightText(int argb) {
        double l = 0.2126 * linear((argb >> 16) & 0xff) + 0.7152 * linear((argb >> 8) & 0xff) + 0.0722 * linear(argb & 0xff);
        // WCAG's crossing point is 0.18; above it up to 0.25 black wins on paper, but the cushions darken
        // a tile towards its edges, where labels sit
        return l < 0.25;
    }

    /** sRGB component to linear light, as WCAG's relative luminance takes it. */
    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }
}
