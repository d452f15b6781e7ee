package io.modcache.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopPreferencesTest {

    @Test
    void readsEachPlatformsDarkPreferenceAndTakesSilenceForLight() {
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.LINUX, Map.of(),
                c -> c.contains("color-scheme") ? "'prefer-dark'\n" : null)).isTrue();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.LINUX, Map.of(),
                c -> c.contains("gtk-theme") ? "'Adwaita-dark'\n" : "'default'\n")).isTrue();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.LINUX, Map.of("GTK_THEME", "Adwaita:dark"), c -> null)).isTrue();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.LINUX, Map.of(), c -> "'default'\n")).isFalse();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.LINUX, Map.of(), c -> null)).as("no gsettings").isFalse();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.MAC, Map.of(), c -> "Dark\n")).isTrue();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.MAC, Map.of(), c -> null)).isFalse();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.WINDOWS, Map.of(),
                c -> "\n    AppsUseLightTheme    REG_DWORD    0x0\n")).isTrue();
        assertThat(DesktopPreferences.prefersDark(OperatingSystem.WINDOWS, Map.of(),
                c -> "\n    AppsUseLightTheme    REG_DWORD    0x1\n")).isFalse();
    }

    @Test
    void theFileManagerCommandOfEachPlatform() {
        Path folder = Path.of("/tmp/x y");
        assertThat(FileManager.command(OperatingSystem.LINUX, folder)).isEqualTo(List.of("xdg-open", "/tmp/x y"));
        assertThat(FileManager.command(OperatingSystem.MAC, folder)).isEqualTo(List.of("open", "/tmp/x y"));
        assertThat(FileManager.command(OperatingSystem.WINDOWS, folder)).isEqualTo(List.of("explorer", folder.toString()));
    }
}
