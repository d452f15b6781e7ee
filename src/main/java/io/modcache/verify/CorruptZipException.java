package io.modcache.verify;

import java.io.IOException;

/** A module zip that cannot be read as a valid, bounded zip. */
public class CorruptZipException extends IOException {
    public CorruptZipException(String message) {
        super(message);
    }

    public CorruptZipException(String message, Throwable cause) {
        super(message, cause);
    }
}
