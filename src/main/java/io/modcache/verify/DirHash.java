package io.modcache.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code h1:} hash (golang.org/x/mod/sumdb/dirhash {@code Hash1}): for each file, sorted by
 * name, a line {@code <sha256 hex>  <name>\n}; the result is {@code "h1:" + base64(sha256(lines))}.
 */
public final class DirHash {

    private static final HexFormat HEX = HexFormat.of();

    private DirHash() {
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Combines per-file SHA-256 digests into the {@code h1:} hash.
     *
     * @param fileDigests file name (as it goes into the hash) → SHA-256 of its content
     * @throws IllegalArgumentException when a name contains a newline, as Go refuses those
     */
    public static String hash1(Map<String, byte[]> fileDigests) {
        return hash1(new ArrayList<>(fileDigests.keySet()), fileDigests);
    }

    /**
     * Hash1 over a list of names that may repeat, as go's {@code HashZip} passes a zip's entries:
     * a name listed twice gives two lines (with the digest of its last entry).
     */
    public static String hash1(List<String> fileNames, Map<String, byte[]> fileDigests) {
        List<String> names = new ArrayList<>(fileNames);
        names.sort(Utf8Order.INSTANCE);
        MessageDigest summary = sha256();
        for (String name : names) {
            if (name.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("dirhash: filenames with newlines are not supported");
            }
            String line = HEX.formatHex(fileDigests.get(name)) + "  " + name + "\n";
            summary.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return "h1:" + Base64.getEncoder().encodeToString(summary.digest());
    }

    /** The go.sum {@code /go.mod} hash: Hash1 over one file named {@code go.mod} with these bytes. */
    public static String goModHash(byte[] content) {
        return hash1(Map.of("go.mod", sha256().digest(content)));
    }

    /** Whether {@code text} has the form of an {@code h1:} hash (base64 of 32 bytes). */
    public static boolean isWellFormedH1(String text) {
        if (!text.startsWith("h1:")) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(text.substring(3)).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
