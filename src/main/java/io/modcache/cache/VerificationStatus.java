package io.modcache.cache;

import io.modcache.text.Text;

/** A module version's verdict. Until verification runs, every version is {@link #UNVERIFIED}. */
public enum VerificationStatus {
    VERIFIED,
    DIR_MODIFIED,
    ZIP_MODIFIED,
    MISSING_ZIPHASH,
    CORRUPT_ZIP,
    INCOMPLETE,
    GOSUM_MISMATCH,
    /** The checksum database vouches for other hashes than the cache holds: the cache may be polluted. */
    SUMDB_MISMATCH,
    /** Only {@code .mod}/{@code .info} are cached: nothing to verify. */
    MOD_ONLY,
    /** Unreadable, or not a valid module path or version. */
    ERROR,
    UNVERIFIED;

    /** In words, as both the command line and the window show it. */
    public String label() {
        return Text.get("status." + name());
    }

    /** Whether go would fail on the version, or the cache is damaged: {@code verify} exits 1, the rule "broken" selects it. */
    public boolean failed() {
        return switch (this) {
            case SUMDB_MISMATCH, DIR_MODIFIED, ZIP_MODIFIED, GOSUM_MISMATCH, CORRUPT_ZIP, MISSING_ZIPHASH, INCOMPLETE, ERROR -> true;
            case VERIFIED, MOD_ONLY, UNVERIFIED -> false;
        };
    }
}
