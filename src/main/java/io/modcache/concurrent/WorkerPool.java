package io.modcache.concurrent;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's one shared pool of background threads: named, daemon, sized to the cores.
 * It is a work-stealing pool so that a task may fork sub-tasks and join them (a directory walk)
 * without tying up a thread while it waits. Work that mostly waits on the disk (deleting) runs in
 * {@link #blocking}, and the pool then adds threads while workers wait, up to four per core.
 */
public final class WorkerPool implements AutoCloseable {

    private final ForkJoinPool pool;

    public WorkerPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public WorkerPool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        int parallelism = Math.max(1, threads);
        this.pool = new ForkJoinPool(parallelism, p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("modcache-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false, 0, Math.max(8, 4 * parallelism), 1, p -> true, 30, TimeUnit.SECONDS);
    }

    /** Work that would otherwise block the thread it runs on. */
    @FunctionalInterface
    public interface BlockingWork {
        void run() throws java.io.IOException;
    }

    /**
     * Runs {@code work} on the calling pool thread, telling the pool it mostly waits (on the disk)
     * so the pool may run other tasks meanwhile on extra threads.
     */
    public static void blocking(BlockingWork work) throws java.io.IOException {
        java.io.IOException[] failure = {null};
        RuntimeException[] unchecked = {null};
        ForkJoinPool.ManagedBlocker blocker = new ForkJoinPool.ManagedBlocker() {
            private boolean done;

            @Override
            public boolean block() {
                try {
                    work.run();
                } catch (java.io.IOException e) {
                    failure[0] = e;
                } catch (RuntimeException e) {
                    unchecked[0] = e;
                }
                done = true;
                return true;
            }

            @Override
            public boolean isReleasable() {
                return done;
            }
        };
        try {
            ForkJoinPool.managedBlock(blocker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (unchecked[0] != null) {
            throw unchecked[0];
        }
    }

    public ForkJoinPool pool() {
        return pool;
    }

    public int parallelism() {
        return pool.getParallelism();
    }

    /** Stops accepting work, cancels what is queued, and waits briefly for running tasks to notice. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
