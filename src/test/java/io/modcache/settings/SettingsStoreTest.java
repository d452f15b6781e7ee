package io.modcache.settings;

import io.modcache.system.AppDirs;
import io.modcache.system.OperatingSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void remembersBetweenRunsAndWritesPendingChangesOnClose() {
        Path file = dir.resolve("conf/settings.json");
        try (SettingsStore store = new SettingsStore(file, 60_000)) {
            assertThat(store.get()).isEqualTo(Settings.DEFAULT);
            store.update(store.get().withProjectDirs(List.of("/a")));
            store.update(store.get().withProjectDirs(List.of("/a", "/b")));
            assertThat(file).as("debounced: nothing written yet").doesNotExist();
        }
        try (SettingsStore again = new SettingsStore(file, 10)) {
            assertThat(again.get().projectDirs()).containsExactly("/a", "/b");
        }
    }

    @Test
    void corruptFileMeansDefaultsNotACrash() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"projectDirs\": [ unterminated");
        try (SettingsStore store = new SettingsStore(file, 10)) {
            assertThat(store.get()).isEqualTo(Settings.DEFAULT);
        }
    }

    @Test
    void unknownFieldsFromNewerVersionsAreIgnored() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"projectDirs\": [\"/p\"], \"futureOption\": 42}");
        try (SettingsStore store = new SettingsStore(file, 10)) {
            assertThat(store.get().projectDirs()).containsExactly("/p");
        }
    }

    @Test
    void textSizeAndHiddenDetailsComeBackAndOlderFilesKeepTheDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"window\": {\"theme\": \"DARK\"}, \"view\": {\"flat\": true}}");
        try (SettingsStore store = new SettingsStore(file, 10)) {
            assertThat(store.get().window().textZoom()).isEqualTo(1);
            assertThat(store.get().view().detailsHidden()).isFalse();
            ViewSettings v = store.get().view();
            store.update(store.get().withWindow(store.get().window().withTextZoom(1.21))
                    .withView(new ViewSettings(v.treemapShown(), v.treemapDivider(), v.colouring(), v.groupByHost(), v.sortColumn(),
                            v.sortAscending(), v.flat(), v.overviewShown(), true)));
        }
        try (SettingsStore again = new SettingsStore(file, 10)) {
            assertThat(again.get().window().textZoom()).isEqualTo(1.21);
            assertThat(again.get().window().theme()).isEqualTo("DARK");
            assertThat(again.get().view().detailsHidden()).isTrue();
            assertThat(again.get().view().flat()).isTrue();
        }
    }

    @Test
    void defaultLocationFollowsXdg() {
        assertThat(AppDirs.of(Map.of("XDG_CONFIG_HOME", "/xdg"), OperatingSystem.LINUX, Path.of("/home/u"), Map.of()).settingsFile())
                .isEqualTo(Path.of("/xdg/modcache-explorer/settings.json"));
        assertThat(AppDirs.of(Map.of(), OperatingSystem.LINUX, Path.of("/home/u"), Map.of()).settingsFile())
                .isEqualTo(Path.of("/home/u/.config/modcache-explorer/settings.json"));
    }
}
