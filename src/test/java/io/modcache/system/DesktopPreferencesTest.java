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
    void readsTheDesktopsTextScaleAndTakesNonsenseForNormal() {
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of(),
                c -> c.contains("text-scaling-factor") ? "1.25\n" : null)).isEqualTo(1.25);
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of("GDK_DPI_SCALE", "1.5"), c -> "1.25\n")).isEqualTo(1.5);
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of(), c -> null)).as("no gsettings").isEqualTo(1);
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of(), c -> "'x'\n")).isEqualTo(1);
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of(), c -> "40\n")).as("clamped").isEqualTo(3);
        assertThat(DesktopPreferences.textScale(OperatingSystem.LINUX, Map.of("GDK_DPI_SCALE", "NaN"), c -> null)).isEqualTo(1);
        assertThat(DesktopPreferences.textScale(OperatingSystem.WINDOWS, Map.of(), c -> "2\n")).as("JavaFX follows Windows itself")
                .isEqualTo(1);
    }

    @Test
    void theFileManagerCommandOfEachPlatform() {
        Path folder = Path.of("/tmp/x y");
        assertThat(FileManager.command(OperatingSystem.LINUX, folder)).isEqualTo(List.of("xdg-open", "/tmp/x y"));
        assertThat(FileManager.command(OperatingSystem.MAC, folder)).isEqualTo(List.of("open", "/tmp/x y"));
        assertThat(FileManager.command(OperatingSystem.WINDOWS, folder)).isEqualTo(List.of("explorer", folder.toString()));
    }
}
