package io.modcache.verify;

import io.modcache.cache.ModuleVersion;

/** Receives verdicts as they are reached, on the verifying threads (several at once). */
public interface VerifyListener {

    VerifyListener NONE = new VerifyListener() {
    };

    default void verified(ModuleVersion version, Verdict verdict) {
    }
}
