package io.modcache.ui.details;

import io.modcache.cache.CachePart;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.projects.ProjectNeeds;
import io.modcache.ui.model.UsedBy;
import io.modcache.verify.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionDetailsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private final ModuleVersion text = new ModuleVersion("golang.org/x/text", "v0.7.0", "golang.org/x/text", "v0.7.0", 1024, 2,
            EnumSet.of(CachePart.TREE, CachePart.ZIP), NOW, NOW, VerificationStatus.VERIFIED, List.of(), "fp");

    @Test
    void goSumFilesAndProjectsAreListedOnePerLineAsTheyAre() {
        Path p0 = Path.of("/home/me/src/p0");
        Verdict verdict = new Verdict(VerificationStatus.VERIFIED, List.of(), List.of(p0.resolve("go.sum"), Path.of("/home/me/src/p1/go.work.sum")),
                null, null);
        UsedBy usedBy = new UsedBy(List.of(new ProjectNeeds.Use(p0, io.modcache.projects.Need.SOURCE)));

        VersionDetails d = VersionDetails.of(Path.of("/cache"), text, verdict, "verified", usedBy);

        assertThat(d.title()).isEqualTo("golang.org/x/text@v0.7.0");
        assertThat(d.goSums()).containsExactly("matches go.sum of 2 projects:", "/home/me/src/p0/go.sum", "/home/me/src/p1/go.work.sum");
        assertThat(d.usedBy()).containsExactly("/home/me/src/p0 (source)");
    }
}
