package io.modcache.ui.clean;

import io.modcache.ui.common.Formats;
import io.modcache.text.Text;
import io.modcache.clean.Candidate;
import io.modcache.cache.OtherEntry;
import io.modcache.clean.DeletionPlan;
import io.modcache.clean.DeletionPlanner;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.PlanEntry;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.clean.Scope;
import io.modcache.text.ByteSizes;
import io.modcache.report.CleanReports;
import io.modcache.report.ScanReports;
import io.modcache.ui.common.UiBatcher;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.fs.AtomicFiles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The delete preview: builds the plan for the chosen scope in the background, shows exactly what
 * will go, and deletes only when asked, with progress, cancel and a summary.
 */
public final class DeletePreviewViewModel {

    public enum State { PLANNING, READY, DELETING, DONE, FAILED }

    private final UiExecutor executor;
    private final Path root;
    private final List<Candidate> candidates;
    private final List<String> notes;
    private final List<OtherEntry> others;
    private final boolean wholeCache;
    private final ProjectSums sums;
    private final Supplier<PrivatePatterns> privatePatterns;
    private final SafeDeleter deleter;
    private final boolean looksLikeCache;

    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.EVERYTHING);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PLANNING);
    private final ReadOnlyObjectWrapper<DeletionPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlanEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(Text.get("preview.planning"));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final BooleanProperty rootConfirmed = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper();
    private final TaskSlot planning = new TaskSlot();
    private final TaskSlot deleting = new TaskSlot();

    public DeletePreviewViewModel(UiExecutor executor, DeletionRequest request, ProjectSums.Reader sums,
                                  Supplier<PrivatePatterns> privatePatterns, SafeDeleter deleter) {
        this.executor = executor;
        this.root = request.root();
        this.candidates = request.candidates();
        this.others = request.others();
        this.wholeCache = request.wholeCache();
        this.notes = request.notes();
        this.sums = new ProjectSums(sums);
        // Neither changes while the preview is open: read them once, not on every scope change.
        this.privatePatterns = io.modcache.system.Lazy.of(privatePatterns);
        this.deleter = deleter;
        this.looksLikeCache = request.looksLikeCache();
        scope.addListener((obs, old, now) -> replan());
        state.addListener((obs, old, now) -> {
            updateCanDelete();
            header.set(headerFor(now));
        });
        header.set(headerFor(State.PLANNING));
        rootConfirmed.addListener((obs, old, now) -> updateCanDelete());
    }

    /** Builds the plan for the current scope, in the background; a newer plan always wins over an older one. */
    public void replan() {
        Scope chosen = scope.get();
        state.set(State.PLANNING);
        totals.set(Text.get("preview.planning"));
        UiTask.of(executor, ticket -> {
            ProjectSums.Loaded loaded = sums.load(ticket.token());
            DeletionPlan built = new DeletionPlanner(root, loaded.index(), privatePatterns.get())
                    .planCandidates(candidates, others, chosen, wholeCache, ticket.token());
            return new PlannedWith(loaded, built);
        }).in(planning)
                .onSuccess(p -> showPlan(p.plan(), p.sums().problems()))
                .onFailure(Exception.class, e -> {
                    state.set(State.FAILED);
                    totals.set(Text.get("preview.planFailed", e.getMessage()));
                })
                .start();
    }

    private record PlannedWith(ProjectSums.Loaded sums, DeletionPlan plan) {
    }

    private void showPlan(DeletionPlan built, List<String> sumsProblems) {
        plan.set(built);
        entries.setAll(built.entries());
        List<String> all = new ArrayList<>(sumsProblems);
        all.addAll(notes);
        built.unplanned().forEach(u -> all.add(Text.get("preview.cannotDelete", u.id(), u.reason())));
        all.addAll(built.warnings());
        if (!looksLikeCache) {
            all.add(0, Text.get("preview.notACache", root));
        }
        warnings.setAll(all);
        totals.set(Text.get("preview.totals", built.what(Formats::counted), Formats.counted("count.file", built.totalFiles()),
                ByteSizes.format(built.totalBytes())));
        state.set(State.READY);
    }

    /** Deletes what the plan shows; nothing else, and nothing before this is called. */
    public void delete(Consumer<DeletionResult> onDone) {
        DeletionPlan current = plan.get();
        if (!canDelete.get() || current == null) {
            return;
        }
        state.set(State.DELETING);
        int total = current.entries().size();
        int[] done = {0};
        progress.set(0);
        boolean force = !looksLikeCache && rootConfirmed.get();
        AtomicReference<UiBatcher<PlanEntry>> batcher = new AtomicReference<>();
        UiTask.of(executor, ticket -> {
            UiBatcher<PlanEntry> finished = new UiBatcher<>(executor, ticket.gate(batch -> {
                done[0] += batch.size();
                progress.set(done[0] / (double) total);
                totals.set(Text.get("preview.deleting", String.valueOf(done[0]), String.valueOf(total)));
            }));
            batcher.set(finished);
            return deleter.execute(current, force, (entry, error, bytes) -> finished.add(entry), ticket.token());
        }).in(deleting)
                .onSuccess(r -> {
                    batcher.get().flushNow();
                    summary.set(describe(r, total));
                    totals.set(Text.get("preview.deletedTotals", Formats.count(r.deleted().size()), Formats.counted("count.entry", total),
                            ByteSizes.format(r.freedBytes())));
                    state.set(State.DONE);
                    onDone.accept(r);
                })
                .onFailure(Exception.class, e -> {
                    summary.set(Text.get("preview.failed", e.getMessage()));
                    state.set(State.FAILED);
                })
                .start();
    }

    private String headerFor(State now) {
        return switch (now) {
            case PLANNING, READY -> wholeCache
                    ? Text.get("preview.header.everything") : Text.get("preview.header");
            case DELETING -> Text.get("preview.header.deleting");
            case DONE -> Text.get("preview.header.done");
            case FAILED -> Text.get("preview.header.failed");
        };
    }

    /** Stops after the versions in hand. */
    public void cancel() {
        deleting.cancel();
    }

    static String describe(DeletionResult r, int planned) {
        StringBuilder s = new StringBuilder(Text.get("preview.summary", Formats.count(r.deleted().size()), Formats.counted("count.entry", planned),
                ByteSizes.format(r.freedBytes())));
        if (r.cancelled()) {
            s.append(Text.get("preview.summary.cancelled"));
        }
        for (var f : r.failed()) {
            s.append("\n").append(Text.get("preview.summary.failed", f.entry().id(), f.error()));
        }
        return s.toString();
    }

    /** Writes the plan as JSON, or CSV when the file name ends in .csv; the outcome shows in the summary. */
    public void export(Path file, boolean csv) {
        DeletionPlan current = plan.get();
        if (current == null) {
            return;
        }
        UiTask.of(executor, ticket -> {
            String text = csv
                    ? CleanReports.planCsv(current)
                    : ScanReports.mapper().writeValueAsString(CleanReports.plan(current));
            AtomicFiles.writeString(file, text);
            return file;
        }).onSuccess(f -> summary.set(Text.get("preview.reportSaved", f)))
                .onFailure(IOException.class, e -> summary.set(Text.get("preview.reportFailed", e.getMessage())))
                .start();
    }

    private void updateCanDelete() {
        canDelete.set(state.get() == State.READY && plan.get() != null && !plan.get().entries().isEmpty()
                && (looksLikeCache || rootConfirmed.get()));
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<PlanEntry> entries() {
        return entries;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The sentence above the table, which changes as the deletion goes. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanProperty rootConfirmedProperty() {
        return rootConfirmed;
    }

    public boolean needsRootConfirmation() {
        return !looksLikeCache;
    }

    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletionPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public boolean isWholeCache() {
        return wholeCache;
    }
}
