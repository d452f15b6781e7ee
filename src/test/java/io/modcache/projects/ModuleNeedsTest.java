package io.modcache.projects;

import io.modcache.cache.VersionId;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a module needs, from its go.sum lines and replace directives. */
class ModuleNeedsTest {

    private static GoSumFile sum(String text) {
        return GoSumFile.parse(Path.of("go.sum"), text);
    }

    private static final String H = "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Test
    void aContentLineNeedsTheSourceAGoModLineOnlyTheGraph() {
        Map<VersionId, Need> needs = ModuleNeeds.resolve(List.of(sum("""
                example.com/a v1.0.0 %1$s
                example.com/a v1.0.0/go.mod %1$s
                example.com/b v0.2.0/go.mod %1$s
                """.formatted(H))), List.of());
        assertThat(needs).containsExactlyInAnyOrderEntriesOf(Map.of(
                new VersionId("example.com/a", "v1.0.0"), Need.SOURCE,
                new VersionId("example.com/b", "v0.2.0"), Need.GRAPH));
    }

    @Test
    void theWorkspaceSumAddsAndReplacementsMoveOrDropNeeds() {
        Map<VersionId, Need> needs = ModuleNeeds.resolve(List.of(sum("""
                example.com/local v1.0.0 %1$s
                example.com/old v1.2.0 %1$s
                example.com/old v1.3.0/go.mod %1$s
                """.formatted(H)), sum("example.com/ws v0.1.0 " + H + "\n")), List.of(
                new Replacement("example.com/local", null, "../local", null),
                new Replacement("example.com/old", "v1.2.0", "example.com/fork", "v1.2.1")));
        assertThat(needs).containsExactlyInAnyOrderEntriesOf(Map.of(
                new VersionId("example.com/fork", "v1.2.1"), Need.SOURCE,
                new VersionId("example.com/old", "v1.3.0"), Need.GRAPH,
                new VersionId("example.com/ws", "v0.1.0"), Need.SOURCE));
    }
}
