package io.modcache.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items produced on any thread and hands them to the UI thread in batches: at most one
 * hand-over is pending at any time, so a scan of 100,000 files costs a handful of UI updates, not
 * one per item. Items arrive in the order they were added; every item added before a later
 * {@link UiExecutor#runOnUiThread} call is delivered before that call runs.
 */
public final class UiBatcher<T> {

    private final UiExecutor executor;
    private final Consumer<List<T>> consumer;
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public UiBatcher(UiExecutor executor, Consumer<List<T>> consumer) {
        this.executor = executor;
        this.consumer = consumer;
    }

    public void add(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            executor.runOnUiThread(this::flush);
        }
    }

    private void flush() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
