package io.modcache.concurrent;

import java.util.concurrent.CancellationException;

/** A flag a long task checks per directory or file; cancelling it makes the task stop at the next check. */
public final class CancellationToken {

    /** A token that is never cancelled. */
    public static final CancellationToken NONE = new CancellationToken();

    private volatile boolean cancelled;

    public void cancel() {
        if (this == NONE) {
            throw new UnsupportedOperationException("the NONE token cannot be cancelled");
        }
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} when the token was cancelled. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
