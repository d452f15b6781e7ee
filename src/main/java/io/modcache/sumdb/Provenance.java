package io.modcache.sumdb;

import java.util.List;

/**
 * What the checksum database says about one cached version.
 *
 * @param state    the verdict
 * @param detail   why, in a sentence (for unknown, private and error); for a mismatch, go's own message
 * @param treeSize the size of the signed tree the record was proven in (0 when none)
 * @param record   the go.sum lines the database vouches for (empty when no record was found)
 */
public record Provenance(State state, String detail, long treeSize, List<String> record) {

    public enum State {
        /** The database's record, proven in a signed tree, has the cache's hashes. */
        CONFIRMED,
        /** The database vouches for other hashes than the cache holds. */
        MISMATCH,
        /** No record for it was available (offline: go never looked it up, or its tiles are not cached). */
        UNKNOWN,
        /** GONOSUMDB, GOPRIVATE or GOSUMDB=off keeps it away from the database. */
        PRIVATE,
        /** The record, its tree head's signature or its proof is bad: nothing it says is believed. */
        ERROR;

        /** As JSON and the CLI say it: {@code confirmed}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Provenance {
        record = List.copyOf(record);
    }

    static Provenance of(State state, String detail) {
        return new Provenance(state, detail, 0, List.of());
    }
}
