package io.modcache.system;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the program keeps its own files, following each platform's convention:
 * {@code config} (settings), {@code cache} (the verification index, projects' needs: can be
 * rebuilt), {@code data} (history, snapshots: worth keeping). Each can be redirected with a system
 * property ({@value #CONFIG_PROPERTY}, {@value #CACHE_PROPERTY}, {@value #DATA_PROPERTY}), which
 * packaged builds and tests use.
 */
public record AppDirs(Path config, Path cache, Path data) {

    public static final String CONFIG_PROPERTY = "modcache.config.dir";
    public static final String CACHE_PROPERTY = "modcache.cache.dir";
    public static final String DATA_PROPERTY = "modcache.data.dir";
    static final String APP = "modcache-explorer";

    /** For this process: its environment, platform, home folder and system properties. */
    public static AppDirs forThisUser() {
        return of(System.getenv(), OperatingSystem.current(), Path.of(System.getProperty("user.home")),
                Map.of(CONFIG_PROPERTY, System.getProperty(CONFIG_PROPERTY, ""), CACHE_PROPERTY, System.getProperty(CACHE_PROPERTY, ""),
                        DATA_PROPERTY, System.getProperty(DATA_PROPERTY, "")));
    }

    /**
     * Linux and other Unix: {@code $XDG_CONFIG_HOME}, {@code $XDG_CACHE_HOME}, {@code $XDG_DATA_HOME}
     * (else {@code ~/.config}, {@code ~/.cache}, {@code ~/.local/share}); macOS:
     * {@code ~/Library/Application Support} and {@code ~/Library/Caches}; Windows: {@code %AppData%}
     * and {@code %LocalAppData%}. Each with a {@code modcache-explorer} folder.
     */
    public static AppDirs of(Map<String, String> env, OperatingSystem os, Path home, Map<String, String> overrides) {
        Path config;
        Path cache;
        Path data;
        switch (os) {
            case WINDOWS -> {
                Path roaming = absolute(env.get("AppData"), home.resolve("AppData").resolve("Roaming"));
                Path local = absolute(env.get("LocalAppData"), home.resolve("AppData").resolve("Local"));
                config = roaming;
                cache = local;
                data = local;
            }
            case MAC -> {
                Path support = home.resolve("Library").resolve("Application Support");
                config = support;
                cache = home.resolve("Library").resolve("Caches");
                data = support;
            }
            default -> {
                config = absolute(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
                cache = absolute(env.get("XDG_CACHE_HOME"), home.resolve(".cache"));
                data = absolute(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
            }
        }
        return new AppDirs(override(overrides.get(CONFIG_PROPERTY), config.resolve(APP)),
                override(overrides.get(CACHE_PROPERTY), cache.resolve(APP)),
                override(overrides.get(DATA_PROPERTY), data.resolve(APP)));
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    private static Path absolute(String value, Path fallback) {
        return value != null && !value.isEmpty() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static Path override(String value, Path fallback) {
        return value == null || value.isEmpty() ? fallback : Path.of(value);
    }
}
