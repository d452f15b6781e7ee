package io.modcache.concurrent;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's one shared pool of background threads: named, daemon, sized to the cores.
 * It is a work-stealing pool so that a task may fork sub-tasks and join them (a directory walk)
 * without tying up a thread while it waits. Work that mostly waits on the disk (deleting) is marked
 * as blocking ({@link AdaptiveRunner}), and the pool then adds threads while workers wait.
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
        }, null, false, 0, parallelism + AdaptiveRunner.diskCap(parallelism) + 4, 1, p -> true, 30, TimeUnit.SECONDS);
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
