package io.modcache.concurrent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerPoolTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void aWindowsWorkersRunAtABackgroundNiceValue() throws Exception {
        try (WorkerPool pool = WorkerPool.behindTheUserInterface()) {
            long tid = pool.pool().submit(() -> ThreadNice.currentThreadId().orElseThrow()).get(10, TimeUnit.SECONDS);
            pool.niceSettled().get(10, TimeUnit.SECONDS);

            assertThat(ThreadNice.niceOf(tid)).hasValue(WorkerPool.BACKGROUND_NICE);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theCommandLinesWorkersKeepTheProcesssPriority() throws Exception {
        long own = ThreadNice.niceOf(ThreadNice.currentThreadId().orElseThrow()).orElseThrow();
        try (WorkerPool pool = new WorkerPool()) {
            long tid = pool.pool().submit(() -> ThreadNice.currentThreadId().orElseThrow()).get(10, TimeUnit.SECONDS);

            assertThat(ThreadNice.niceOf(tid)).hasValue(own);
            assertThat(pool.niceSettled()).isDone();
        }
    }

    @Test
    void closingLetsWorkAlreadySubmittedFinish() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean queuedRan = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        WorkerPool pool = new WorkerPool(1);
        pool.pool().execute(() -> {
            running.countDown();
            // holds the only worker until close() has begun, so the next task is still queued then
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!pool.pool().isShutdown() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        });
        pool.pool().execute(() -> queuedRan.set(true));
        running.await(10, TimeUnit.SECONDS);

        pool.close();

        assertThat(queuedRan).isTrue();
        assertThat(pool.pool().isTerminated()).isTrue();
    }
}
