package io.modcache.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UiBatcherTest {

    /** A UI thread the test drives by hand: actions wait until {@link #runAll()}. */
    private static final class ManualUi implements UiExecutor {
        final Deque<Runnable> pending = new ArrayDeque<>();
        final List<Long> delays = new ArrayList<>();

        @Override
        public void runInBackground(Runnable task) {
            task.run();
        }

        @Override
        public void runOnUiThread(Runnable action) {
            pending.add(action);
        }

        @Override
        public void runOnUiThreadLater(long millis, Runnable action) {
            delays.add(millis);
            pending.add(action);
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        }
    }

    @Test
    void oneHandOverPendingAtATimeInOrder() {
        ManualUi ui = new ManualUi();
        List<List<Integer>> batches = new ArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(ui, batches::add);

        for (int i = 0; i < 1000; i++) {
            batcher.add(i);
        }
        assertThat(ui.pending).hasSize(1);
        ui.runAll();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(1000).startsWith(0, 1, 2).endsWith(999);
    }

    @Test
    void handOversComeAtMostOncePerInterval() {
        ManualUi ui = new ManualUi();
        List<List<Integer>> batches = new ArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(ui, batches::add);

        batcher.add(1);
        ui.runAll();
        assertThat(ui.delays).as("the first hand-over is immediate").isEmpty();

        batcher.add(2);
        ui.runAll();
        assertThat(ui.delays).singleElement().satisfies(d -> assertThat(d).isPositive().isLessThanOrEqualTo(UiBatcher.INTERVAL_MILLIS));
        assertThat(batches).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void flushNowLeavesNothingBehindForALaterHandOver() {
        ManualUi ui = new ManualUi();
        List<List<Integer>> batches = new ArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(ui, batches::add);

        batcher.add(1);
        batcher.add(2);
        batcher.flushNow();
        ui.runAll();

        assertThat(batches).containsExactly(List.of(1, 2));
    }
}
