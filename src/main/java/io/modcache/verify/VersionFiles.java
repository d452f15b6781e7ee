package io.modcache.verify;

import io.modcache.cache.ModuleVersion;

import java.nio.file.Path;

/** Where a module version's files are in the cache. */
record VersionFiles(Path tree, Path zip, Path ziphash, Path mod, Path info, Path partial) {

    static VersionFiles of(Path root, ModuleVersion v) {
        Path atV = root.resolve("cache").resolve("download").resolve(v.escapedPath()).resolve("@v");
        String ev = v.escapedVersion();
        return new VersionFiles(root.resolve(v.escapedPath() + "@" + ev), atV.resolve(ev + ".zip"),
                atV.resolve(ev + ".ziphash"), atV.resolve(ev + ".mod"), atV.resolve(ev + ".info"), atV.resolve(ev + ".partial"));
    }

    /** The download files whose state decides the verdict, with the names used in fingerprints. */
    Path[] downloadFiles() {
        return new Path[] {zip, ziphash, mod, info, partial};
    }
}
