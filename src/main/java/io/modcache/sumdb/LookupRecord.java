package io.modcache.sumdb;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A cached answer of the database's {@code /lookup/path@version}: the record's number in the log,
 * its text (the go.sum lines it vouches for) and the signed tree head it came with.
 */
record LookupRecord(long id, byte[] text, byte[] treeNote) {

    static LookupRecord parse(byte[] msg) throws SumdbException {
        int nl = indexOf(msg, (byte) '\n', 0);
        if (nl < 0) {
            throw new SumdbException("malformed record data");
        }
        long id;
        try {
            id = Long.parseLong(new String(msg, 0, nl, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            throw new SumdbException("malformed record data");
        }
        int blank = -1;
        for (int i = nl + 1; i + 1 < msg.length; i++) {
            if (msg[i] == '\n' && msg[i + 1] == '\n') {
                blank = i;
                break;
            }
        }
        if (blank < 0 || id < 0) {
            throw new SumdbException("malformed record data");
        }
        return new LookupRecord(id, Arrays.copyOfRange(msg, nl + 1, blank + 1), Arrays.copyOfRange(msg, blank + 2, msg.length));
    }

    /** Its go.sum lines. */
    List<String> lines() {
        return new String(text, StandardCharsets.UTF_8).lines().toList();
    }

    /** The hash it gives for {@code path version} (the zip) or {@code path version/go.mod}, or null. */
    String hashFor(String path, String version) {
        String prefix = path + " " + version + " ";
        return lines().stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst().orElse(null);
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
