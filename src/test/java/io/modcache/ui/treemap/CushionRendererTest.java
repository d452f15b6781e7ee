package io.modcache.ui.treemap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CushionRendererTest {

    private static final int RED = 0xffd03020;
    private static final int FRAME = 0xff202124;

    @Test
    void leavesAreShadedInTheirColourAndGroupsShowTheirFrame() {
        TreemapNode<String> root = TreemapNode.group("root", "", 0, List.of(
                TreemapNode.group("m", "m", FRAME, List.of(TreemapNode.leaf("a", "a", 3, RED), TreemapNode.leaf("b", "b", 1, RED)))));
        TreemapLayout<String> layout = SquarifiedLayout.layout(root, 80, 60, new SquarifiedLayout.Options(2, 0));

        int[] pixels = CushionRenderer.render(layout, 80, 60);

        assertThat(pixels).hasSize(80 * 60);
        assertThat(pixels[0]).isEqualTo(FRAME);
        Tile<String> a = layout.tileOf("a");
        int centre = pixels[(int) (a.y() + a.h() / 2) * 80 + (int) (a.x() + a.w() / 2)];
        int nearEdge = pixels[(int) (a.y() + a.h() - 1) * 80 + (int) (a.x() + a.w() - 1)];
        assertThat(red(centre)).isGreaterThan(green(centre) * 3);
        // the cushion: brighter in the middle than at the lower right edge, away from the light
        assertThat(red(centre)).isGreaterThan(red(nearEdge));
        assertThat(centre >>> 24).isEqualTo(0xff);
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xff;
    }
}
