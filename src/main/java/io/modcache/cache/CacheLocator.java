package io.modcache.cache;

import io.modcache.fs.SafeFiles;
import io.modcache.system.GoEnv;
import io.modcache.system.OperatingSystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the module cache the way the go command does ({@code cfg.GOMODCACHE}): an explicit
 * choice, else {@code go env GOMODCACHE}, else GOMODCACHE from the environment and then from
 * go's env file, else the first GOPATH entry (same order) plus {@code /pkg/mod}, else
 * {@code ~/go/pkg/mod}.
 */
public final class CacheLocator {

    private final Map<String, String> env;
    private final OperatingSystem os;
    private final Path home;
    private final Supplier<GoEnv> goEnv;

    /** A locator for this process: real environment, and {@code go env} (asked when first needed). */
    public static CacheLocator forThisProcess(Supplier<GoEnv> goEnv) {
        return new CacheLocator(System.getenv(), OperatingSystem.current(), Path.of(System.getProperty("user.home")), goEnv);
    }

    public CacheLocator(Map<String, String> env, OperatingSystem os, Path home, Supplier<GoEnv> goEnv) {
        this.env = Map.copyOf(env);
        this.os = os;
        this.home = home;
        this.goEnv = goEnv;
    }

    /** Resolves the cache root; {@code explicit} (the --cache option or a chosen folder) wins when given. */
    public CacheLocation locate(Path explicit) {
        if (explicit != null) {
            return new CacheLocation(explicit.toAbsolutePath().normalize(), CacheLocation.Source.OPTION, null);
        }
        Optional<String> fromGo = goEnv.get().get("GOMODCACHE").filter(CacheLocator::isAbsolute);
        if (fromGo.isPresent()) {
            return new CacheLocation(Path.of(fromGo.get()), CacheLocation.Source.GO_ENV_COMMAND, null);
        }
        String fromEnv = env.get("GOMODCACHE");
        if (isAbsolute(fromEnv)) {
            return new CacheLocation(Path.of(fromEnv), CacheLocation.Source.ENVIRONMENT, null);
        }
        Optional<Path> envFile = goEnvFile();
        Map<String, String> fileVars = envFile.map(CacheLocator::readEnvFile).orElse(Map.of());
        String fromFile = fileVars.get("GOMODCACHE");
        if (isAbsolute(fromFile)) {
            return new CacheLocation(Path.of(fromFile), CacheLocation.Source.GO_ENV_FILE, envFile.get().toString());
        }
        String gopath = nonEmpty(env.get("GOPATH")).orElse(fileVars.get("GOPATH"));
        if (gopath != null && !gopath.isEmpty()) {
            String first = gopath.split(os.isWindows() ? ";" : ":", -1)[0];
            if (isAbsolute(first)) {
                return new CacheLocation(Path.of(first, "pkg", "mod"), CacheLocation.Source.GOPATH, "GOPATH=" + gopath);
            }
        }
        return new CacheLocation(home.resolve("go").resolve("pkg").resolve("mod"), CacheLocation.Source.DEFAULT, null);
    }

    /** The places {@link #locate} considered, for telling the user where it looked. */
    public List<String> candidatesDescription() {
        List<String> out = new ArrayList<>();
        out.add("go env GOMODCACHE");
        out.add("$GOMODCACHE");
        goEnvFile().ifPresent(f -> out.add("GOMODCACHE in " + f));
        out.add("$GOPATH/pkg/mod");
        out.add(home.resolve("go/pkg/mod").toString());
        return out;
    }

    /** Go's env file: $GOENV (unless "off"), else {@code <user config dir>/go/env}. */
    Optional<Path> goEnvFile() {
        String goenv = env.get("GOENV");
        if (goenv != null && !goenv.isEmpty()) {
            return goenv.equals("off") ? Optional.empty() : Optional.of(Path.of(goenv));
        }
        return userConfigDir().map(d -> d.resolve("go").resolve("env"));
    }

    /** {@code os.UserConfigDir}. */
    private Optional<Path> userConfigDir() {
        if (os.isWindows()) {
            return nonEmpty(env.get("AppData")).or(() -> nonEmpty(env.get("APPDATA"))).map(Path::of);
        }
        if (os == OperatingSystem.MAC) {
            return Optional.of(home.resolve("Library").resolve("Application Support"));
        }
        return nonEmpty(env.get("XDG_CONFIG_HOME")).filter(CacheLocator::isAbsolute).map(Path::of)
                .or(() -> Optional.of(home.resolve(".config")));
    }

    /** Parses go's env file as {@code cfg.initEnvCache} does: KEY=VALUE lines, keys starting A-Z. */
    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> vars = new HashMap<>();
        String text;
        try {
            text = new String(SafeFiles.read(file, 1 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return vars;
        }
        for (String line : text.split("\n", -1)) {
            int eq = line.indexOf('=');
            if (eq < 0 || line.isEmpty() || line.charAt(0) < 'A' || line.charAt(0) > 'Z') {
                continue;
            }
            vars.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return vars;
    }

    private static boolean isAbsolute(String p) {
        return p != null && !p.isEmpty() && Path.of(p).isAbsolute();
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
