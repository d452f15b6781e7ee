package io.modcache.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** One outcome per task, only from the latest task of a slot; its hand-overs arrive until the outcome, never after. */
class UiTaskTest {

    private final ManualExecutor ui = new ManualExecutor();
    private final TaskSlot slot = new TaskSlot();
    private final List<String> shown = new ArrayList<>();

    @Test
    void aHandOverPutOffUntilAfterTheOutcomeIsDropped() {
        List<Consumer<String>> gated = new ArrayList<>();
        UiTask.of(ui, ticket -> {
            Consumer<String> progress = ticket.gate(shown::add);
            gated.add(progress);
            ui.runOnUiThread(() -> progress.accept("on its way"));
            return "done";
        }).in(slot).onSuccess(shown::add).start();

        ui.runBackground(0);
        ui.drainUi();
        gated.get(0).accept("late");

        assertThat(shown).containsExactly("on its way", "done");
    }

    @Test
    void aSupersededTaskReportsNothingAndHandsOverNothing() {
        List<Runnable> later = new ArrayList<>();
        UiTask.of(ui, ticket -> {
            later.add(ticket.gate(() -> shown.add("old batch")));
            return "old";
        }).in(slot).onSuccess(shown::add).start();
        UiTask.of(ui, ticket -> "new").in(slot).onSuccess(shown::add).start();

        ui.runBackground(0);
        ui.runBackground(0);
        ui.drainUi();
        later.get(0).run();

        assertThat(shown).containsExactly("new");
    }
}
