package io.modcache.ui.treemap;

import java.util.List;

/**
 * Paints a laid-out treemap into ARGB pixels with cushion shading (van Wijk and van de Wetering,
 * "Cushion Treemaps", 1999): every tile adds a parabolic ridge in x and in y, lower the deeper it
 * sits, so each leaf looks like a pillow and the groups show as larger bumps. A group's own colour
 * shows in its frame and header strip. Plain Java: it runs off the UI thread.
 */
public final class CushionRenderer {

    /** Light from the upper left, mostly from the front. */
    private static final double LX = -0.40;
    private static final double LY = -0.40;
    private static final double LZ = 0.82;
    private static final double AMBIENT = 0.52;
    private static final double DIFFUSE = 0.58;
    private static final double HEIGHT = 0.38;
    private static final double FALLOFF = 0.75;

    private CushionRenderer() {
    }

    /** The pixels of {@code layout} at its size, rounded up to whole pixels. */
    public static <T> int[] render(TreemapLayout<T> layout, int width, int height) {
        int[] pixels = new int[Math.max(0, width * height)];
        List<Tile<T>> tiles = layout.tiles();
        double[] surfaces = new double[tiles.size() * 4];
        for (int i = 0; i < tiles.size(); i++) {
            Tile<T> t = tiles.get(i);
            double[] s = {0, 0, 0, 0};
            if (t.parent() >= 0) {
                System.arraycopy(surfaces, t.parent() * 4, s, 0, 4);
            }
            double h = HEIGHT * Math.pow(FALLOFF, t.depth() - 1);
            addRidge(s, 0, t.x(), t.x() + t.w(), h);
            addRidge(s, 2, t.y(), t.y() + t.h(), h);
            System.arraycopy(s, 0, surfaces, i * 4, 4);
            int x0 = clamp((int) Math.round(t.x()), width);
            int x1 = clamp((int) Math.round(t.x() + t.w()), width);
            int y0 = clamp((int) Math.round(t.y()), height);
            int y1 = clamp((int) Math.round(t.y() + t.h()), height);
            if (t.isLeaf()) {
                shade(pixels, width, x0, x1, y0, y1, s, t.node().argb());
            } else {
                fill(pixels, width, x0, x1, y0, y1, t.node().argb());
            }
        }
        return pixels;
    }

    private static void addRidge(double[] s, int at, double from, double to, double h) {
        double len = to - from;
        if (len <= 0) {
            return;
        }
        s[at] += 4 * h * (to + from) / len;
        s[at + 1] -= 4 * h / len;
    }

    private static void shade(int[] pixels, int width, int x0, int x1, int y0, int y1, double[] s, int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        double[] nxs = new double[Math.max(0, x1 - x0)];
        for (int x = x0; x < x1; x++) {
            nxs[x - x0] = -(2 * s[1] * (x + 0.5) + s[0]);
        }
        for (int y = y0; y < y1; y++) {
            double ny = -(2 * s[3] * (y + 0.5) + s[2]);
            int row = y * width;
            for (int x = x0; x < x1; x++) {
                double nx = nxs[x - x0];
                double cos = (nx * LX + ny * LY + LZ) / Math.sqrt(nx * nx + ny * ny + 1);
                double light = AMBIENT + DIFFUSE * Math.max(0, cos);
                pixels[row + x] = 0xff000000 | channel(r, light) << 16 | channel(g, light) << 8 | channel(b, light);
            }
        }
    }

    private static int channel(int c, double light) {
        return Math.min(255, (int) (c * light));
    }

    private static void fill(int[] pixels, int width, int x0, int x1, int y0, int y1, int argb) {
        for (int y = y0; y < y1; y++) {
            java.util.Arrays.fill(pixels, y * width + x0, y * width + x1, argb | 0xff000000);
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
