package io.modcache.verify;

import java.util.Map;

/**
 * The verdicts of a verification run, by {@code path@version}, and how many versions were read
 * versus taken from the index unchanged.
 */
public record VerifyResult(Map<String, Verdict> verdicts, int checked, int reused) {
}
