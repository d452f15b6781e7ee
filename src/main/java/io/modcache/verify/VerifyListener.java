package io.modcache.verify;

import io.modcache.cache.ModuleVersion;

/** Receives verdicts as they are reached, on the verifying threads (several at once). */
@FunctionalInterface
public interface VerifyListener {

    VerifyListener NONE = (version, verdict) -> { };

    void verified(ModuleVersion version, Verdict verdict);
}
