package io.modcache.repair;

import io.modcache.cache.VersionId;

/**
 * What became of one version.
 *
 * @param result what happened
 * @param reason why it was left or failed, in go's words where go gave them; empty when repaired
 */
public record RepairOutcome(VersionId version, Result result, String reason) {

    public enum Result {
        /** Deleted and filled again from a good copy; verifies now. */
        REPAIRED,
        /** No good copy could be had: the version is exactly as it was. */
        LEFT,
        /** Something went wrong after the version was deleted: go downloads it again when a build needs it. */
        FAILED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
