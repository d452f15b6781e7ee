package io.modcache;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @Test
    void onlyACacheOptionMeansTheWindow() {
        assertThat(Launcher.guiCacheArgument(new String[] {"--cache", "/x"})).isEqualTo(Path.of("/x"));
        assertThat(Launcher.guiCacheArgument(new String[] {"--cache=/y"})).isEqualTo(Path.of("/y"));
        assertThat(Launcher.guiCacheArgument(new String[] {"scan", "--cache", "/x"})).isNull();
        assertThat(Launcher.guiCacheArgument(new String[] {"--help"})).isNull();
        assertThat(Launcher.guiCacheArgument(new String[] {})).isNull();
    }
}
