package io.modcache.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** History appends run in the background one at a time, in order, and are all done when awaited. */
class HistoryAppendsTest {

    @Test
    void appendsRunOneAtATimeInOrderAndAreAllDoneWhenAwaited() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            HistoryAppends appends = new HistoryAppends();
            CountDownLatch firstStarted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger running = new AtomicInteger();
            List<String> done = new CopyOnWriteArrayList<>();
            List<Integer> atOnce = new CopyOnWriteArrayList<>();
            appends.add(() -> {
                atOnce.add(running.incrementAndGet());
                firstStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.add("scan");
                running.decrementAndGet();
            }, threads);
            appends.add(() -> {
                atOnce.add(running.incrementAndGet());
                done.add("deletion");
                running.decrementAndGet();
            }, threads);

            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(done).as("the command goes on while the first append runs").isEmpty();
            release.countDown();
            appends.awaitAll();

            assertThat(done).containsExactly("scan", "deletion");
            assertThat(atOnce).as("never two appends at once").containsOnly(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
