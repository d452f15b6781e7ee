package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.projects.GoSumIndex;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiBatcher;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import io.modcache.verify.Verdict;
import io.modcache.verify.Verdicts;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Verification for the window: verdicts reach the model in batches, then a one-line summary.
 * Verdicts already in the index are shown as soon as a scan ends, with nothing read.
 */
public final class VerificationRun {

    private final UiExecutor executor;
    private final VerificationService service;
    private final CacheModel cache;
    private final StatusLine status;
    private final TaskSlot work;
    private final TaskSlot known = new TaskSlot();
    private final Supplier<List<Path>> projects;
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();

    VerificationRun(UiExecutor executor, VerificationService service, CacheModel cache, StatusLine status, TaskSlot work,
                    Supplier<List<Path>> projects) {
        this.executor = executor;
        this.service = service;
        this.cache = cache;
        this.status = status;
        this.work = work;
        this.projects = projects;
    }

    /** Verifies {@code versions}; with {@code all}, they are the whole cache (the index forgets the rest). */
    void verify(List<ModuleVersion> versions, boolean all) {
        verify(versions, all, false);
    }

    /** Like the other; with {@code online}, the checksum database is asked over the network about what go did not cache. */
    void verify(List<ModuleVersion> versions, boolean all, boolean online) {
        CacheScan scan = cache.scanProperty().get();
        if (scan == null || versions.isEmpty()) {
            return;
        }
        known.supersede();
        verifying.set(true);
        status.progress(0);
        status.show(Text.get("verify.start", versions.size(), Formats.count(versions.size())));
        List<Path> projectDirs = projects.get();
        int total = versions.size();
        int[] done = {0};
        AtomicReference<UiBatcher<Map.Entry<VersionId, Verdict>>> batcher = new AtomicReference<>();
        UiTask.of(executor, ticket -> {
            UiBatcher<Map.Entry<VersionId, Verdict>> verdicts = new UiBatcher<>(executor, ticket.gate(batch -> {
                cache.applyVerdicts(batch);
                done[0] += batch.size();
                status.progress(done[0] / (double) total);
                status.show(Text.get("verify.progress", Formats.count(done[0]), Formats.counted("count.version", total)));
            }));
            batcher.set(verdicts);
            GoSumIndex sums = GoSumIndex.load(projectDirs, List.of(), ticket.token());
            // The window's scan may be minutes old: read the files' metadata again.
            VerifyResult result = service.verify(scan.root(), versions, all, false, sums,
                    (v, verdict) -> verdicts.add(Map.entry(v.id(), verdict)), ticket.token(), online);
            return summarize(result, sums.problems());
        }).in(work)
                .onSuccess(summary -> stop(batcher.get(), summary))
                .onCancelled(() -> stop(batcher.get(), Text.get("verify.cancelled")))
                .onFailure(Exception.class, e -> stop(batcher.get(), Text.get("verify.failed", e.getMessage())))
                .start();
    }

    /** Shows the verdicts the index holds for the versions now in the model, against the projects' go.sum files now. */
    void showKnown() {
        CacheScan scan = cache.scanProperty().get();
        if (scan == null || verifying.get()) {
            return;
        }
        List<ModuleVersion> versions = cache.versions();
        List<Path> projectDirs = projects.get();
        UiTask.of(executor, ticket -> service.known(scan.root(), versions,
                        GoSumIndex.load(projectDirs, List.of(), ticket.token())))
                .in(known)
                .onSuccess(verdicts -> cache.applyVerdicts(verdicts.entrySet()))
                .onFailure(Exception.class, e -> { })
                .start();
    }

    /** Forgets a verification that a new scan superseded. */
    void superseded() {
        known.supersede();
        verifying.set(false);
    }

    private void stop(UiBatcher<?> verdicts, String summary) {
        if (verdicts != null) {
            verdicts.flushNow();
        }
        verifying.set(false);
        status.progress(0);
        status.show(summary);
    }

    static String summarize(VerifyResult result, List<String> goSumProblems) {
        Map<VerificationStatus, Long> counts = new EnumMap<>(VerificationStatus.class);
        result.verdicts().values().forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        Verdicts.SEVERITY.stream().filter(counts::containsKey).forEach(s -> parts.add(Formats.count(counts.get(s)) + " " + s.label()));
        // asked online and the database could not be reached: the same reason for every version, said once
        String unasked = result.verdicts().values().stream().map(io.modcache.verify.Verdict::provenance)
                .filter(p -> p != null && p.state() == io.modcache.sumdb.Provenance.State.UNKNOWN && p.detail().startsWith("cannot ask "))
                .map(io.modcache.sumdb.Provenance::detail).findFirst().orElse(null);
        return Text.get("verify.done", Formats.counted("count.version", result.verdicts().size()), String.join(", ", parts))
                + (goSumProblems.isEmpty() ? "" : Text.get("verify.malformedGoSum", goSumProblems.size()))
                + (unasked == null ? "" : Text.get("verify.unasked", unasked));
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }
}
