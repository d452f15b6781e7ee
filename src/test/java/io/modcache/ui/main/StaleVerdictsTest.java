package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.common.ManualExecutor;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.model.CacheModel;
import io.modcache.verify.VerificationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts still on their way when the verification was superseded never reach the rows of the new scan. */
class StaleVerdictsTest {

    @TempDir
    Path dir;

    @Test
    void verdictsOfASupersededVerificationAreDropped() throws Exception {
        Path root = new CacheFixture(dir.resolve("mc")).tree("example.com/a", "v1.0.0", "a.go", "package a\n")
                .downloaded("example.com/a", "v1.0.0").root();
        try (WorkerPool workers = new WorkerPool(2)) {
            CacheScan scan = new CacheScanner(workers.pool()).scan(root, ScanListener.NONE, CancellationToken.NONE);
            List<ModuleVersion> versions = scan.modules().get(0).versions();
            ManualExecutor executor = new ManualExecutor();
            CacheModel cache = new CacheModel();
            cache.addVersions(versions);
            cache.complete(scan);
            TaskSlot work = new TaskSlot();
            new VerificationRun(executor, new VerificationService(workers.pool(), null), cache, new StatusLine(), work, List::of)
                    .verify(versions, true);
            executor.runBackground(0);          // verdicts are reached and queued for the UI thread...
            work.begin();                       // ...when the user rescans: the verification is superseded
            cache.clear();
            cache.addVersions(versions);        // and the new scan's rows are in place before the queue is drained
            cache.complete(scan);
            executor.drainUi();

            assertThat(cache.find(new EntryId.Module("example.com/a")).versions().get(0).statusProperty().get().text())
                    .isEqualTo("not verified");
        }
    }
}
