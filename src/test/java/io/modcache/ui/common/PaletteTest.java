package io.modcache.ui.common;

import io.modcache.select.AgeBucket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteTest {

    @Test
    void darkFillsTakeLightLabelsAndLightFillsDarkOnes() {
        assertThat(Palette.takesLightText(Palette.NEEDED)).as("the blue of versions projects need").isTrue();
        assertThat(Palette.takesLightText(Palette.age(AgeBucket.OLDER))).isTrue();
        assertThat(Palette.takesLightText(Palette.age(AgeBucket.YEAR))).isTrue();
        assertThat(Palette.takesLightText(Palette.HOSTS[0])).isTrue();
        assertThat(Palette.takesLightText(Palette.age(AgeBucket.WEEK))).isFalse();
        assertThat(Palette.takesLightText(Palette.age(AgeBucket.QUARTER))).isFalse();
        assertThat(Palette.takesLightText(Palette.GRAPH_ONLY)).isFalse();
        assertThat(Palette.takesLightText(Palette.UNUSED)).isFalse();
        assertThat(Palette.takesLightText(0xff000000)).isTrue();
        assertThat(Palette.takesLightText(0xffffffff)).isFalse();
    }
}
