package io.modcache.ui.repair;

import io.modcache.cache.ModuleVersion;
import io.modcache.repair.RepairOutcome;
import io.modcache.repair.Repairer;
import io.modcache.text.Text;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The repair dialog's state: the plan (which versions, why, the commands), then each version's
 * steps as go works, then what became of each. Nothing happens before {@link #repair} is called.
 */
public final class RepairViewModel {

    public enum State { PLAN, REPAIRING, DONE }

    private final UiExecutor executor;
    private final Path root;
    private final List<ModuleVersion> versions;
    private final Repairer repairer;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PLAN);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper();
    private final TaskSlot work = new TaskSlot();

    /**
     * @param reasons  each version's status in words, shown in the plan
     * @param repairer null when go is not on PATH: the plan says so, and Repair stays off
     */
    public RepairViewModel(UiExecutor executor, Path root, List<ModuleVersion> versions, Map<ModuleVersion, String> reasons,
                           Repairer repairer) {
        this.executor = executor;
        this.root = root;
        this.versions = List.copyOf(versions);
        this.repairer = repairer;
        header.set(repairer == null ? Text.get("repair.noGo") : Text.get("repair.header", versions.size(), String.valueOf(versions.size())));
        for (ModuleVersion v : versions) {
            lines.add(v.id() + "  (" + reasons.getOrDefault(v, "") + ")");
            Repairer.commands(root, v).forEach(c -> lines.add("    " + c));
        }
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** The versions planned. */
    public List<ModuleVersion> versions() {
        return versions;
    }

    /** Whether go is there to repair with; without it, deleting is what is left to offer. */
    public boolean goAvailable() {
        return repairer != null;
    }

    public boolean canRepair() {
        return repairer != null && state.get() == State.PLAN;
    }

    /** Repairs the planned versions in the background; {@code onDone} hears the outcomes on the UI thread. */
    public void repair(Consumer<List<RepairOutcome>> onDone) {
        if (!canRepair()) {
            return;
        }
        state.set(State.REPAIRING);
        lines.clear();
        header.set(Text.get("repair.working"));
        UiTask.of(executor, ticket -> repairer.repair(root, versions,
                        (v, step) -> executor.runOnUiThread(() -> lines.add(v + ": " + Text.get("repair.step." + step.name()))),
                        ticket.token()))
                .in(work)
                .onSuccess(outcomes -> {
                    for (RepairOutcome o : outcomes) {
                        lines.add(o.version() + ": " + Text.get("repair.result." + o.result().name())
                                + (o.reason().isEmpty() ? "" : ": " + o.reason()));
                    }
                    long repaired = outcomes.stream().filter(o -> o.result() == RepairOutcome.Result.REPAIRED).count();
                    header.set(Text.get("repair.done", String.valueOf(repaired), String.valueOf(outcomes.size())));
                    state.set(State.DONE);
                    onDone.accept(outcomes);
                })
                .onFailure(Exception.class, e -> {
                    header.set(Text.get("repair.failed", e.getMessage()));
                    state.set(State.DONE);
                    onDone.accept(List.of());
                })
                .onCancelled(() -> {
                    header.set(Text.get("repair.cancelled"));
                    state.set(State.DONE);
                    onDone.accept(List.of());
                })
                .start();
    }

    /** Stops after the version in hand: one already deleted is filled again by go when a build needs it. */
    public void cancel() {
        work.cancel();
    }
}
