package io.modcache.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items produced on any thread and hands them to the UI thread in batches: at most one
 * hand-over is pending at any time, and hand-overs come at most once per {@link #INTERVAL_MILLIS}
 * (the first one at once), so a scan of 300,000 files costs a few dozen table updates and leaves
 * the CPU to the scan. Items arrive in the order they were added. A task that ends calls
 * {@link #flushNow()} on the UI thread before showing its outcome, so no item trails it.
 */
public final class UiBatcher<T> {

    static final long INTERVAL_MILLIS = 100;

    private final UiExecutor executor;
    private final Consumer<List<T>> consumer;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long lastFlushNanos = System.nanoTime() - INTERVAL_MILLIS * 1_000_000;

    public UiBatcher(UiExecutor executor, Consumer<List<T>> consumer) {
        this.executor = executor;
        this.consumer = consumer;
    }

    public void add(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            executor.runOnUiThread(this::flushWhenDue);
        }
    }

    private void flushWhenDue() {
        long waitMillis = INTERVAL_MILLIS - (System.nanoTime() - lastFlushNanos) / 1_000_000;
        if (waitMillis > 0) {
            executor.runOnUiThreadLater(waitMillis, this::flush);
        } else {
            flush();
        }
    }

    private void flush() {
        scheduled.set(false);
        flushNow();
    }

    /** Hands over whatever is queued, now; call it on the UI thread. */
    public void flushNow() {
        lastFlushNanos = System.nanoTime();
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
