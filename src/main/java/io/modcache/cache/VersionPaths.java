package io.modcache.cache;

import java.nio.file.Path;

/** Where each part of a module version lives in the cache, as the go command names them. */
public record VersionPaths(Path tree, Path atV, Path zip, Path ziphash, Path mod, Path info, Path partial, Path lock) {

    public static VersionPaths of(Path root, ModuleVersion v) {
        return of(root, v.escapedPath(), v.escapedVersion());
    }

    public static VersionPaths of(Path root, String escapedPath, String escapedVersion) {
        Path atV = root.resolve("cache").resolve("download").resolve(escapedPath).resolve("@v");
        String ev = escapedVersion;
        return new VersionPaths(root.resolve(escapedPath + "@" + ev), atV, atV.resolve(ev + ".zip"),
                atV.resolve(ev + ".ziphash"), atV.resolve(ev + ".mod"), atV.resolve(ev + ".info"),
                atV.resolve(ev + ".partial"), atV.resolve(ev + ".lock"));
    }

    /** The download files whose state decides a verdict. */
    public Path[] verdictFiles() {
        return new Path[] {zip, ziphash, mod, info, partial};
    }

    /** The module's {@code @v/list}. */
    public Path list() {
        return atV.resolve("list");
    }
}
