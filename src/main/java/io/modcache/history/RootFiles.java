package io.modcache.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One file per cache root in a folder of ours, named by a digest of the root's absolute path. */
final class RootFiles {

    private RootFiles() {
    }

    /** The root as files record it: absolute and normalised. */
    static String key(Path root) {
        return root.toAbsolutePath().normalize().toString();
    }

    static Path fileFor(Path dir, Path root, String suffix) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key(root).getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 12) + suffix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
