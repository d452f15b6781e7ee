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
 * {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}), and how much larger than
 * normal it wants text on Linux (GNOME's {@code text-scaling-factor}, GTK's {@code GDK_DPI_SCALE};
 * JavaFX follows the system's text size itself on Windows and macOS). Runs a small command, so
 * call it off the UI thread; anything unreadable means "no preference": light, normal size.
 */
public final class DesktopPreferences {

    private static final long TIMEOUT_MILLIS = 1500;

    private DesktopPreferences() {
    }

    public static boolean prefersDark() {
        return prefersDark(OperatingSystem.current(), System.getenv(), DesktopPreferences::run);
    }

    public static double textScale() {
        return textScale(OperatingSystem.current(), System.getenv(), DesktopPreferences::run);
    }

    static double textScale(OperatingSystem os, Map<String, String> env, Command command) {
        if (os == OperatingSystem.MAC || os == OperatingSystem.WINDOWS) {
            return 1;
        }
        Double gdk = number(env.get("GDK_DPI_SCALE"));
        if (gdk != null) {
            return clamp(gdk);
        }
        Double gnome = number(command.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "text-scaling-factor")));
        return gnome == null ? 1 : clamp(gnome);
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isFinite(d) && d > 0 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A factor a window can still be used at. */
    private static double clamp(double factor) {
        return Math.max(0.5, Math.min(3, factor));
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
