package io.modcache.projects;

import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules and workspaces found below project folders, their needs, and the cache of them. */
class ProjectNeedsResolverTest {

    private static final String H = "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void findsModulesAndWorkspacesSkipsVendorAndKeepsResultsUntilFilesChange() throws IOException {
        write("src/api/go.mod", "module example.com/api\n");
        write("src/api/go.sum", "example.com/a v1.0.0 " + H + "\nexample.com/a v1.0.0/go.mod " + H + "\n");
        write("src/api/vendor/x/go.mod", "module x\n");
        write("src/api/testdata/y/go.mod", "module y\n");
        write("src/ws/go.work", "go 1.19\nuse ./svc\n");
        write("src/ws/go.work.sum", "example.com/w v0.1.0/go.mod " + H + "\n");
        write("src/ws/svc/go.mod", "module example.com/svc\nreplace example.com/a => ../../api\n");
        write("src/ws/svc/go.sum", "example.com/a v1.0.0 " + H + "\nbroken line\n");
        Path cacheFile = dir.resolve("cache/projects.json");

        ProjectNeeds needs = new ProjectNeedsResolver(cacheFile).resolve(List.of(dir.resolve("src")), CancellationToken.NONE);

        assertThat(needs.modules()).containsExactly(dir.resolve("src/api"), dir.resolve("src/ws/svc"));
        assertThat(needs.usedBy(new VersionId("example.com/a", "v1.0.0")))
                .as("the workspace module replaced it with a folder").containsExactly(new ProjectNeeds.Use(dir.resolve("src/api"), Need.SOURCE));
        assertThat(needs.need(new VersionId("example.com/w", "v0.1.0"))).isEqualTo(Need.GRAPH);
        assertThat(needs.problems()).singleElement().asString().contains("go.sum:2: malformed go.sum line");
        assertThat(cacheFile).exists();

        ProjectNeeds again = new ProjectNeedsResolver(cacheFile).resolve(List.of(dir.resolve("src")), CancellationToken.NONE);
        assertThat(again.usedBy(new VersionId("example.com/a", "v1.0.0"))).isEqualTo(needs.usedBy(new VersionId("example.com/a", "v1.0.0")));
        assertThat(again.problems()).isEqualTo(needs.problems());

        write("src/api/go.sum", "example.com/a v1.0.0/go.mod " + H + "\n");
        ProjectNeeds changed = new ProjectNeedsResolver(cacheFile).resolve(List.of(dir.resolve("src")), CancellationToken.NONE);
        assertThat(changed.need(new VersionId("example.com/a", "v1.0.0"))).as("read again after go.sum changed").isEqualTo(Need.GRAPH);
    }

    @Test
    void aMissingProjectFolderIsAProblemNotAFailure() throws IOException {
        ProjectNeeds needs = new ProjectNeedsResolver(null).resolve(List.of(dir.resolve("nope")), CancellationToken.NONE);
        assertThat(needs.hasProjects()).isFalse();
        assertThat(needs.problems()).containsExactly(dir.resolve("nope") + ": no such project folder");
    }
}
