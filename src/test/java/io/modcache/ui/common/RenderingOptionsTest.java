package io.modcache.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderingOptionsTest {

    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty(RenderingOptions.REGION_CACHING);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(RenderingOptions.REGION_CACHING);
        } else {
            System.setProperty(RenderingOptions.REGION_CACHING, saved);
        }
    }

    @Test
    void drawsRegionBackgroundsDirectlyUnlessTheUserSaidOtherwise() {
        System.clearProperty(RenderingOptions.REGION_CACHING);
        RenderingOptions.beforeToolkit();
        assertThat(System.getProperty(RenderingOptions.REGION_CACHING)).isEqualTo("true");

        System.setProperty(RenderingOptions.REGION_CACHING, "false");
        RenderingOptions.beforeToolkit();
        assertThat(System.getProperty(RenderingOptions.REGION_CACHING)).isEqualTo("false");
    }
}
