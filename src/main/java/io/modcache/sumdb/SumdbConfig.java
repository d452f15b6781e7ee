package io.modcache.sumdb;

import io.modcache.system.GoEnv;
import io.modcache.system.PrivatePatterns;

import java.nio.file.Path;
import java.util.Map;

/**
 * Which checksum database go uses and where it keeps what it learned, read as go reads GOSUMDB
 * ({@code off}, a known name, or {@code name+hash+key [URL]}), GONOSUMDB/GOPRIVATE and GOPATH.
 *
 * @param verifier   the database's key; null when GOSUMDB is off or cannot be used
 * @param url        the URL GOSUMDB gives, or null for go's default (the proxy, else https://name)
 * @param problem    why GOSUMDB cannot be used (null when it can, or when it is off)
 * @param privacy    what keeps modules away from the database
 * @param latestFile the latest signed tree head go has seen ({@code $GOPATH/pkg/sumdb/<name>/latest}), or null
 */
public record SumdbConfig(NoteVerifier verifier, String url, String problem, PrivatePatterns privacy, Path latestFile) {

    /** The databases go knows by name, with their keys (cmd/go/internal/modfetch/key.go). */
    static final Map<String, String> KNOWN = Map.of(
            "sum.golang.org", "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8");

    public boolean off() {
        return verifier == null && problem == null;
    }

    /** From {@code go env} when go answered, else from the environment, with go's defaults. */
    public static SumdbConfig from(GoEnv goEnv, Map<String, String> env, Path home) {
        String gosumdb = value(goEnv, env, "GOSUMDB");
        if (gosumdb.isEmpty()) {
            gosumdb = "sum.golang.org";
        }
        String gopath = value(goEnv, env, "GOPATH");
        Path firstGopath = gopath.isEmpty() ? home.resolve("go") : Path.of(gopath.split(java.io.File.pathSeparator)[0]);
        return parse(gosumdb, PrivatePatterns.from(goEnv, env), firstGopath);
    }

    /** From a GOSUMDB value, with the first GOPATH entry (where go keeps the latest tree head). */
    public static SumdbConfig parse(String gosumdb, PrivatePatterns privacy, Path gopath) {
        if (gosumdb.equals("off")) {
            return new SumdbConfig(null, null, null, privacy, null);
        }
        if (gosumdb.equals("sum.golang.google.cn")) {
            gosumdb = "sum.golang.org https://sum.golang.google.cn";
        }
        String[] fields = gosumdb.trim().split("\\s+");
        if (fields.length > 2) {
            return new SumdbConfig(null, null, "invalid GOSUMDB: too many fields", privacy, null);
        }
        String key = KNOWN.getOrDefault(fields[0], fields[0]);
        try {
            NoteVerifier verifier = NoteVerifier.parse(key);
            return new SumdbConfig(verifier, fields.length == 2 ? fields[1] : null, null, privacy,
                    gopath.resolve("pkg").resolve("sumdb").resolve(verifier.name()).resolve("latest"));
        } catch (SumdbException e) {
            return new SumdbConfig(null, null, "invalid GOSUMDB: " + e.getMessage(), privacy, null);
        }
    }

    private static String value(GoEnv goEnv, Map<String, String> env, String name) {
        return (goEnv.available() ? goEnv.get(name).orElse("") : env.getOrDefault(name, "")).trim();
    }
}
