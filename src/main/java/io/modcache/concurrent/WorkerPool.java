package io.modcache.concurrent;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's one shared pool of background threads: named, daemon, sized to the cores.
 * It is a work-stealing pool so that a task may fork sub-tasks and join them (a directory walk)
 * without tying up a thread while it waits.
 */
public final class WorkerPool implements AutoCloseable {

    private final ForkJoinPool pool;

    public WorkerPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public WorkerPool(int threads) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ForkJoinPool(Math.max(1, threads), p -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setName("modcache-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false);
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
