package io.modcache.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts what a scan has seen and tells the listener at most once per interval. */
final class ProgressMeter {

    private final ScanListener listener;
    private final long intervalNanos;
    private final LongAdder files = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder versions = new LongAdder();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    ProgressMeter(ScanListener listener, long intervalNanos) {
        this.listener = listener;
        this.intervalNanos = intervalNanos;
    }

    /** Counts a directory's regular files, and reports if the interval has passed. */
    void seen(long fileCount, long byteCount) {
        if (fileCount > 0) {
            files.add(fileCount);
            bytes.add(byteCount);
        }
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= intervalNanos && lastReport.compareAndSet(last, now)) {
            listener.progress(snapshot());
        }
    }

    void versionDone() {
        versions.increment();
    }

    /** Reports the final figures, whatever the interval. */
    void finish() {
        listener.progress(snapshot());
    }

    private ScanProgress snapshot() {
        return new ScanProgress(versions.sum(), files.sum(), bytes.sum());
    }
}
