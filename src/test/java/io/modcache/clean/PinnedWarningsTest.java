package io.modcache.clean;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.projects.GoSumIndex;
import io.modcache.system.PrivatePatterns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's warnings about versions a project's go.sum pins: one each for a few, one for many. */
class PinnedWarningsTest {

    @TempDir
    Path dir;

    @Test
    void aFewPinnedVersionsAreNamedEachAndManyAreCountedInOneWarning() throws Exception {
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        StringBuilder goSum = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            f.tree("example.com/m", "v1.0." + i, "m.go", "package m\n").downloaded("example.com/m", "v1.0." + i);
            goSum.append("example.com/m v1.0.").append(i).append(" h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        }
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("go.mod"), "module example.com/project\n");
        Files.writeString(project.resolve("go.sum"), goSum);
        GoSumIndex sums = GoSumIndex.load(List.of(project), List.of(), CancellationToken.NONE);
        List<ModuleVersion> versions;
        try (WorkerPool workers = new WorkerPool(2)) {
            CacheScan scan = new CacheScanner(workers.pool()).scan(f.root(), ScanListener.NONE, CancellationToken.NONE);
            versions = scan.modules().get(0).versions();
        }
        DeletionPlanner planner = new DeletionPlanner(f.root(), sums, PrivatePatterns.NONE);

        List<String> few = planner.plan(versions.subList(0, 2), List.of(), Scope.EVERYTHING, false, CancellationToken.NONE).warnings();
        assertThat(few).containsExactly(
                versions.get(0).id() + " is pinned by the go.sum of a project you named: " + project.resolve("go.sum"),
                versions.get(1).id() + " is pinned by the go.sum of a project you named: " + project.resolve("go.sum"));

        List<String> many = planner.plan(versions, List.of(), Scope.EVERYTHING, false, CancellationToken.NONE).warnings();
        assertThat(many).containsExactly("6 of these versions are pinned by the go.sum of a project you named: "
                + project.resolve("go.sum") + " (" + versions.get(0).id() + ", " + versions.get(1).id() + ", "
                + versions.get(2).id() + " and 3 more)");
    }
}
