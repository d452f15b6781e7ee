package io.modcache.sumdb;

import java.util.Base64;

/** A signed tree head's content: the log's size and root hash ({@code go.sum database tree\nN\nhash\n}). */
public record TreeHead(long size, byte[] hash) {

    private static final String PREFIX = "go.sum database tree\n";

    static TreeHead parse(String text) throws SumdbException {
        String[] lines = text.split("\n", 4);
        if (!text.startsWith(PREFIX) || lines.length < 4) {
            throw new SumdbException("malformed tree note");
        }
        try {
            long n = Long.parseLong(lines[1]);
            byte[] hash = Base64.getDecoder().decode(lines[2]);
            if (n < 0 || !lines[1].equals(Long.toString(n)) || hash.length != Tlog.HASH_SIZE) {
                throw new SumdbException("malformed tree note");
            }
            return new TreeHead(n, hash);
        } catch (IllegalArgumentException e) {
            throw new SumdbException("malformed tree note");
        }
    }
}
