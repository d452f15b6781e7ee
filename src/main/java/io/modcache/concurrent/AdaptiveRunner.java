package io.modcache.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one job per item on the shared pool, keeping as many in flight as an
 * {@link AdaptiveConcurrency} allows, which it feeds with the throughput of each window (how far
 * {@code progress} moved, per second). Each job runs whole on one thread; jobs are marked as
 * blocking, so the pool adds threads while they wait on the disk. The calling thread dispatches
 * and waits; when cancelled it dispatches nothing more, and the jobs in hand finish.
 */
public final class AdaptiveRunner {

    /** What a run did: the limit in effect longest (the one it settled on) and every window's limit. */
    public record Outcome(int settledLimit, List<Integer> limits, List<Double> throughputs) {
        public static final Outcome NONE = new Outcome(0, List.of(), List.of());
    }

    private final ForkJoinPool pool;
    private final int cap;
    private final long windowNanos;

    public AdaptiveRunner(ForkJoinPool pool, int cap, Duration window) {
        this.pool = pool;
        this.cap = cap;
        this.windowNanos = window.toNanos();
    }

    /**
     * Runs {@code job} for each item and returns when all dispatched jobs have ended.
     *
     * @param progress work done so far in any unit (files removed, say), read once per window
     */
    public <T> Outcome run(List<T> items, Consumer<T> job, LongSupplier progress, CancellationToken cancel) {
        if (items.isEmpty()) {
            return Outcome.NONE;
        }
        Dispatch<T> dispatch = new Dispatch<>(items, job, progress, cancel);
        try {
            ForkJoinPool.managedBlock(dispatch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatch.outcome();
    }

    /** The dispatching loop, run as a managed blocker so a pool thread that waits in it is compensated. */
    private final class Dispatch<T> implements ForkJoinPool.ManagedBlocker {
        private final List<T> items;
        private final Consumer<T> job;
        private final LongSupplier progress;
        private final CancellationToken cancel;
        private final AdaptiveConcurrency policy = new AdaptiveConcurrency(cap);
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private final List<Integer> limits = Collections.synchronizedList(new ArrayList<>());
        private final List<Double> throughputs = Collections.synchronizedList(new ArrayList<>());
        private int next;
        private int inFlight;
        private boolean done;

        Dispatch(List<T> items, Consumer<T> job, LongSupplier progress, CancellationToken cancel) {
            this.items = items;
            this.job = job;
            this.progress = progress;
            this.cancel = cancel;
        }

        @Override
        public boolean block() throws InterruptedException {
            long windowStart = System.nanoTime();
            long unitsAtStart = progress.getAsLong();
            lock.lock();
            try {
                while (true) {
                    long now = System.nanoTime();
                    if (now - windowStart >= windowNanos) {
                        long units = progress.getAsLong();
                        double throughput = (units - unitsAtStart) / ((now - windowStart) / 1e9);
                        throughputs.add(throughput);
                        limits.add(policy.limit());
                        if (next < items.size()) {
                            // once every job is dispatched, fewer run than the limit allows: nothing to learn
                            policy.windowEnded(throughput);
                        }
                        windowStart = now;
                        unitsAtStart = units;
                    }
                    boolean more = next < items.size() && !cancel.isCancelled();
                    if (more && inFlight < policy.limit()) {
                        inFlight++;
                        T item = items.get(next++);
                        pool.execute(() -> runJob(item));
                        continue;
                    }
                    if (!more && inFlight == 0) {
                        done = true;
                        return true;
                    }
                    changed.awaitNanos(Math.max(1, windowNanos - (System.nanoTime() - windowStart)));
                }
            } finally {
                lock.unlock();
            }
        }

        private void runJob(T item) {
            try {
                ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                    private boolean ran;

                    @Override
                    public boolean block() {
                        job.accept(item);
                        ran = true;
                        return true;
                    }

                    @Override
                    public boolean isReleasable() {
                        return ran;
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.lock();
                try {
                    inFlight--;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        @Override
        public boolean isReleasable() {
            return done;
        }

        Outcome outcome() {
            List<Integer> history = List.copyOf(limits);
            Map<Integer, Integer> counts = new HashMap<>();
            history.forEach(l -> counts.merge(l, 1, Integer::sum));
            int settled = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(policy.limit());
            return new Outcome(settled, history, List.copyOf(throughputs));
        }
    }

    /** The cap for jobs that wait on the disk: four per core, as many as the shared pool can compensate for. */
    public static int diskCap(int parallelism) {
        return Math.max(4, 4 * parallelism);
    }
}
