package io.modcache.concurrent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dispatching whole jobs onto the shared pool under the adaptive limit. */
class AdaptiveRunnerTest {

    /** A job that waits as a disk would, a little less per job the more run side by side (a disk that rewards parallelism). */
    private static void diskLike(AtomicInteger inFlight, AtomicInteger maxInFlight, LongAdder done) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        LockSupport.parkNanos(2_000_000);
        done.increment();
        inFlight.decrementAndGet();
    }

    @Test
    void runsEveryItemOnceAndRisesAbovePoolParallelismWhenItPays() {
        try (WorkerPool workers = new WorkerPool(1)) {
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger max = new AtomicInteger();
            LongAdder done = new LongAdder();
            List<Integer> items = IntStream.range(0, 1500).boxed().toList();

            AdaptiveRunner.Outcome outcome = new AdaptiveRunner(workers.pool(), 6, Duration.ofMillis(20)).run(items, i -> {
                assertThat(seen.add(i)).isTrue();
                diskLike(inFlight, max, done);
            }, done::sum, CancellationToken.NONE);

            assertThat(seen).hasSize(items.size());
            assertThat(max.get()).as("blocked jobs are compensated: more in flight than the pool's one thread").isGreaterThan(1)
                    .isLessThanOrEqualTo(6);
            assertThat(outcome.limits()).allMatch(l -> l >= 1 && l <= 6);
            assertThat(outcome.settledLimit()).isGreaterThan(1);
        }
    }

    @Test
    void cancellingStopsDispatchingAndLetsJobsInHandFinish() {
        try (WorkerPool workers = new WorkerPool(2)) {
            CancellationToken cancel = new CancellationToken();
            AtomicInteger started = new AtomicInteger();
            AtomicInteger finished = new AtomicInteger();
            new AdaptiveRunner(workers.pool(), 4, Duration.ofMillis(20)).run(IntStream.range(0, 1000).boxed().toList(), i -> {
                if (started.incrementAndGet() == 10) {
                    cancel.cancel();
                }
                LockSupport.parkNanos(1_000_000);
                finished.incrementAndGet();
            }, finished::get, cancel);

            assertThat(started.get()).isLessThan(20);
            assertThat(finished.get()).as("every job that started ended before run returned").isEqualTo(started.get());
        }
    }

    @Test
    void nothingToRunReturnsAtOnce() {
        try (WorkerPool workers = new WorkerPool(1)) {
            assertThat(new AdaptiveRunner(workers.pool(), 4, Duration.ofMillis(20)).run(List.of(), i -> { }, () -> 0, CancellationToken.NONE))
                    .isEqualTo(AdaptiveRunner.Outcome.NONE);
        }
    }
}
