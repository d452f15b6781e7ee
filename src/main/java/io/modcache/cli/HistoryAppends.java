package io.modcache.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The history records a command adds while it goes on with its work: read, extended and written
 * again by a cold JSON mapper, an append takes about as long as printing the scan's report. They
 * run one after another (a file lock belongs to the process, so two appends at once would collide),
 * and are all finished before the command line returns.
 */
public final class HistoryAppends {

    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    synchronized void add(Runnable append, Executor executor) {
        last = last.thenRunAsync(append, executor);
    }

    /** Waits for every append added so far. */
    void awaitAll() {
        CompletableFuture<Void> all;
        synchronized (this) {
            all = last;
        }
        all.join();
    }
}
