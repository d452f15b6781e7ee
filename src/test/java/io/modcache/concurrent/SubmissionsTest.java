package io.modcache.concurrent;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionsTest {

    @Test
    void aParallelStreamOnThePoolLetsATaskSubmittedMeanwhileRunBetweenItsItems() throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        try (WorkerPool one = new WorkerPool(1)) {
            // as the verifier runs: a parallel stream inside a task on the pool, one item at a time
            var work = one.pool().submit(() -> IntStream.range(0, 200).parallel().forEach(i -> {
                Submissions.runOneWaiting();
                if (done.incrementAndGet() == 1) {
                    firstDone.countDown();
                    await(submitted);
                }
            }));
            firstDone.await();
            CompletableFuture<Integer> doneWhenRun = new CompletableFuture<>();
            one.pool().execute(() -> doneWhenRun.complete(done.get()));
            submitted.countDown();

            work.get(20, TimeUnit.SECONDS);
            assertThat(doneWhenRun.get(20, TimeUnit.SECONDS)).isLessThan(200);
        }
    }

    @Test
    void offThePoolItDoesNothing() {
        Submissions.runOneWaiting(); // the test's own thread: no pool, nothing to run, no error
        assertThat(Thread.currentThread()).isNotInstanceOf(java.util.concurrent.ForkJoinWorkerThread.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
