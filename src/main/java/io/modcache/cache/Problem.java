package io.modcache.cache;

/**
 * Something wrong with a module version: its kind decides the verdict, its text is for people
 * (in go's words where go has words for it). Rewording a text never changes a verdict.
 */
public record Problem(Kind kind, String text) {

    public enum Kind {
        /** The folder or file name is not a valid escaped module path or canonical version. */
        INVALID_NAME(VerificationStatus.ERROR, true),
        /** A name this JVM's file-name encoding cannot represent, so the path cannot be rebuilt from it. */
        UNMAPPABLE_NAME(VerificationStatus.ERROR, true),
        /** A folder or file could not be listed or read. */
        UNREADABLE(VerificationStatus.ERROR, true),
        /** A part of the version is a link, a pipe or a device, and is never opened. */
        NOT_REGULAR(VerificationStatus.ERROR, false),
        /** A file too large to be what it claims ({@code .info}, {@code .mod}). */
        TOO_LARGE(VerificationStatus.ERROR, false),
        /** The {@code .partial} marker: go's extraction did not finish. */
        PARTIAL(VerificationStatus.INCOMPLETE, false),
        /** Temporary files or folders of an interrupted download or extraction. */
        LEFTOVER_TEMP(VerificationStatus.INCOMPLETE, false),
        /** A missing or invalid {@code .info}, or a missing {@code .mod} beside a zip. */
        MISSING_METADATA(VerificationStatus.INCOMPLETE, false),
        MISSING_ZIPHASH(VerificationStatus.MISSING_ZIPHASH, false),
        MALFORMED_ZIPHASH(VerificationStatus.MISSING_ZIPHASH, false),
        ZIP_MODIFIED(VerificationStatus.ZIP_MODIFIED, false),
        DIR_MODIFIED(VerificationStatus.DIR_MODIFIED, false),
        /** A link, pipe or device inside the extracted tree: go's extraction never makes one. */
        TREE_SPECIAL_FILE(VerificationStatus.DIR_MODIFIED, false),
        /** Not a readable zip within x/mod's limits, or one go's extraction refuses. */
        CORRUPT_ZIP(VerificationStatus.CORRUPT_ZIP, false),
        GOSUM_MISMATCH(VerificationStatus.GOSUM_MISMATCH, false),
        /** The checksum database's proven record disagrees with the cache's hashes. */
        SUMDB_MISMATCH(VerificationStatus.SUMDB_MISMATCH, false);

        private final VerificationStatus status;
        private final boolean decidedByScan;

        Kind(VerificationStatus status, boolean decidedByScan) {
            this.status = status;
            this.decidedByScan = decidedByScan;
        }

        /** The verdict this problem implies. */
        public VerificationStatus status() {
            return status;
        }

        /** Whether the scan alone settles the verdict (nothing verification could read would change it). */
        public boolean decidedByScan() {
            return decidedByScan;
        }
    }

    public static Problem of(Kind kind, String text) {
        return new Problem(kind, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
