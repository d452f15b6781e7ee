package io.modcache.cache;

/** A module version's verdict. Until verification runs, every version is {@link #UNVERIFIED}. */
public enum VerificationStatus {
    VERIFIED,
    DIR_MODIFIED,
    ZIP_MODIFIED,
    MISSING_ZIPHASH,
    CORRUPT_ZIP,
    INCOMPLETE,
    GOSUM_MISMATCH,
    /** Only {@code .mod}/{@code .info} are cached: nothing to verify. */
    MOD_ONLY,
    /** Unreadable, or not a valid module path or version. */
    ERROR,
    UNVERIFIED
}
