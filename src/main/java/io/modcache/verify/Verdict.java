package io.modcache.verify;

import io.modcache.cache.Problem;
import io.modcache.cache.VerificationStatus;

import java.nio.file.Path;
import java.util.List;

/**
 * A version's verdict: its status (the most severe problem's), every problem, and the go.sum
 * files whose lines it matched, and what the checksum database says (null when it was not asked).
 */
public record Verdict(VerificationStatus status, List<Problem> problems, List<Path> matchedGoSums, VersionCheck check,
                      io.modcache.sumdb.Provenance provenance) {

    public Verdict {
        problems = List.copyOf(problems);
        matchedGoSums = List.copyOf(matchedGoSums);
    }

    public List<String> problemTexts() {
        return problems.stream().map(Problem::text).toList();
    }

    /** Statuses that make {@code verify} exit 1: go would fail, or the cache is damaged. */
    public boolean failed() {
        return status.failed();
    }
}
