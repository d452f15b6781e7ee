package io.modcache.concurrent;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
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

    /** The nice value of a window's workers: below the JavaFX thread's, so that a frame never waits for a scan. */
    public static final int BACKGROUND_NICE = 10;

    private final ForkJoinPool pool;
    private final Queue<CompletableFuture<Boolean>> niceChanges = new ConcurrentLinkedQueue<>();

    public WorkerPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public WorkerPool(int threads) {
        this(threads, 0);
    }

    /**
     * A pool for a window: its workers run at nice {@link #BACKGROUND_NICE} where the platform
     * allows it (Linux), so the user interface's thread wins the processor from them.
     */
    public static WorkerPool behindTheUserInterface() {
        return new WorkerPool(Runtime.getRuntime().availableProcessors(), BACKGROUND_NICE);
    }

    private WorkerPool(int threads, int nice) {
        AtomicInteger counter = new AtomicInteger();
        int parallelism = Math.max(1, threads);
        this.pool = new ForkJoinPool(parallelism, p -> {
            ForkJoinWorkerThread t = nice == 0 ? ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p) : new NiceWorker(p, nice);
            t.setName("modcache-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, null, false, 0, parallelism + AdaptiveRunner.diskCap(parallelism) + 4, 1, p -> true, 30, TimeUnit.SECONDS);
    }

    /** A worker that asks for its nice value as it starts (it runs at the old one until that is done). */
    private final class NiceWorker extends ForkJoinWorkerThread {
        private final int nice;

        NiceWorker(ForkJoinPool pool, int nice) {
            super(pool);
            this.nice = nice;
        }

        @Override
        protected void onStart() {
            super.onStart();
            // workers come and go over a long session: only the changes still under way are kept
            niceChanges.removeIf(CompletableFuture::isDone);
            ThreadNice.currentThreadId().ifPresent(tid -> niceChanges.add(ThreadNice.set(tid, nice)));
        }
    }

    /** Completes when every worker started so far has its nice value (or was refused one). */
    public CompletableFuture<Void> niceSettled() {
        return CompletableFuture.allOf(niceChanges.toArray(CompletableFuture[]::new));
    }

    public ForkJoinPool pool() {
        return pool;
    }

    public int parallelism() {
        return pool.getParallelism();
    }

    /**
     * Stops accepting work and gives what was submitted two seconds to end (a scan's snapshot and
     * history are written in the background after it is shown, and a quit right then must not lose
     * them); then cancels what is left and waits briefly for running tasks to notice. Long work
     * should be cancelled before.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
