package io.modcache.concurrent;

import java.util.concurrent.ForkJoinTask;

/**
 * Lets long work made of forked tasks (a scan, a verification) run, now and then, a task submitted
 * to the pool from outside. A worker takes its own forked tasks before anything else, so while a
 * scan keeps forking, a short task the window submits (laying out the treemap, saving a snapshot)
 * waited for the whole scan: the treemap stayed empty until the scan ended.
 */
public final class Submissions {

    private Submissions() {
    }

    /**
     * On a pool's worker, runs one task submitted to that pool from outside, when one waits; does
     * nothing elsewhere. Call it where the caller holds no lock and is between two units of its
     * own work (a folder, a version).
     */
    public static void runOneWaiting() {
        ForkJoinTask<?> waiting = Poll.submission();
        if (waiting != null) {
            // quietly: its outcome is its own (a Runnable's failure goes to the worker's handler), never the caller's
            waiting.quietlyInvoke();
        }
    }

    /** {@link ForkJoinTask#pollSubmission()} is protected: a subclass reaches it. Never instantiated. */
    private abstract static class Poll extends ForkJoinTask<Void> {
        static ForkJoinTask<?> submission() {
            return pollSubmission();
        }
    }
}
