package io.modcache.verify;

import io.modcache.cache.VerificationStatus;

/** One thing verification found, with the status it implies. */
public record Finding(VerificationStatus status, String message) {
}
