package io.modcache.verify;

import io.modcache.cache.VersionId;

import java.util.Map;

/**
 * The verdicts of a verification run, by {@code path@version}, and how many versions were read
 * versus taken from the index unchanged.
 */
public record VerifyResult(Map<VersionId, Verdict> verdicts, int checked, int reused) {
}
