package io.modcache.verify;

import io.modcache.cache.VerificationStatus;

import java.nio.file.Path;
import java.util.List;

/**
 * A version's verdict: its status (the most severe finding), every problem in words, and the
 * go.sum files whose lines it matched.
 */
public record Verdict(VerificationStatus status, List<String> problems, List<Path> matchedGoSums, VersionCheck check) {

    public Verdict {
        problems = List.copyOf(problems);
        matchedGoSums = List.copyOf(matchedGoSums);
    }

    /** Statuses that make {@code verify} exit 1: go would fail, or the cache is damaged. */
    public boolean failed() {
        return switch (status) {
            case DIR_MODIFIED, ZIP_MODIFIED, GOSUM_MISMATCH, CORRUPT_ZIP, MISSING_ZIPHASH, INCOMPLETE, ERROR -> true;
            case VERIFIED, MOD_ONLY, UNVERIFIED -> false;
        };
    }
}
