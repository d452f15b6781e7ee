package io.modcache.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the desktop says about the user's taste, read the way each platform publishes it: whether
 * it prefers dark windows (GNOME's {@code color-scheme}, a {@code :dark} GTK theme, macOS's
 * {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}). Runs a small command, so call
 * it off the UI thread; anything unreadable means "no preference", which is light.
 */
public final class DesktopPreferences {

    private static final long TIMEOUT_MILLIS = 1500;

    private DesktopPreferences() {
    }

    public static boolean prefersDark() {
        return prefersDark(OperatingSystem.current(), System.getenv(), DesktopPreferences::run);
    }

    /** Runs a command and gives its standard output, or null. */
    @FunctionalInterface
    interface Command {
        String output(List<String> command);
    }

    static boolean prefersDark(OperatingSystem os, Map<String, String> env, Command command) {
        switch (os) {
            case MAC -> {
                String style = command.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
                return style != null && style.trim().equalsIgnoreCase("dark");
            }
            case WINDOWS -> {
                String reg = command.output(List.of("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
                return reg != null && reg.replaceAll("\\s+", " ").contains("AppsUseLightTheme REG_DWORD 0x0");
            }
            default -> {
                String gtkTheme = env.getOrDefault("GTK_THEME", "");
                if (gtkTheme.toLowerCase(Locale.ROOT).endsWith(":dark")) {
                    return true;
                }
                String scheme = command.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
                if (scheme != null && scheme.contains("prefer-dark")) {
                    return true;
                }
                String theme = command.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
                return theme != null && theme.toLowerCase(Locale.ROOT).contains("-dark");
            }
        }
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = p.getInputStream()) {
                byte[] out = in.readNBytes(4096);
                if (!p.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
                return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
            }
        } catch (IOException e) {
            return null; // no such command here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
