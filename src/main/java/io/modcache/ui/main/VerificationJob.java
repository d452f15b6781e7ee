package io.modcache.ui.main;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.concurrent.CancellationToken;
import io.modcache.projects.GoSumIndex;
import io.modcache.ui.common.UiBatcher;
import io.modcache.ui.common.UiExecutor;
import io.modcache.verify.Verdict;
import io.modcache.verify.Verdicts;
import io.modcache.verify.VerificationService;
import io.modcache.verify.VerifyResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/** One verification run for the window: verdicts reach the tree in batches, then a one-line summary. */
final class VerificationJob {

    /** Called on the UI thread. */
    interface Listener {
        void progress(int done, int total);

        void finished(String summary);
    }

    private final UiExecutor executor;
    private final VerificationService verifier;
    private final CacheTree tree;

    VerificationJob(UiExecutor executor, VerificationService verifier, CacheTree tree) {
        this.executor = executor;
        this.verifier = verifier;
        this.tree = tree;
    }

    void start(Path root, List<ModuleVersion> versions, boolean all, List<Path> projects, CancellationToken token, Listener listener) {
        int total = versions.size();
        int[] done = {0};
        UiBatcher<Map.Entry<ModuleVersion, Verdict>> verdicts = new UiBatcher<>(executor, batch -> {
            tree.applyVerdicts(batch);
            done[0] += batch.size();
            listener.progress(done[0], total);
        });
        executor.runInBackground(() -> {
            try {
                GoSumIndex sums = GoSumIndex.load(projects, List.of(), token);
                // The window's scan may be minutes old: read the files' metadata again.
                VerifyResult result = verifier.verify(root, versions, all, false, sums,
                        (v, verdict) -> verdicts.add(Map.entry(v, verdict)), token);
                String summary = summarize(result, sums.problems());
                executor.runOnUiThread(() -> {
                    verdicts.flushNow();
                    listener.finished(summary);
                });
            } catch (CancellationException e) {
                executor.runOnUiThread(() -> {
                    verdicts.flushNow();
                    listener.finished("Verification cancelled");
                });
            } catch (IOException | RuntimeException e) {
                executor.runOnUiThread(() -> listener.finished("Verification failed: " + e.getMessage()));
            }
        });
    }

    static String summarize(VerifyResult result, List<String> goSumProblems) {
        Map<VerificationStatus, Long> counts = new EnumMap<>(VerificationStatus.class);
        result.verdicts().values().forEach(v -> counts.merge(v.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        Verdicts.SEVERITY.stream().filter(counts::containsKey).forEach(s -> parts.add(counts.get(s) + " " + StatusView.describe(s)));
        return "Verified " + result.verdicts().size() + " versions: " + String.join(", ", parts)
                + (goSumProblems.isEmpty() ? "" : " · " + goSumProblems.size() + " malformed go.sum lines");
    }
}
