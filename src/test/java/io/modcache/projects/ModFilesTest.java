package io.modcache.projects;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** go.mod and go.work as x/mod reads them: blocks, quotes, comments; malformed lines reported, never fatal. */
class ModFilesTest {

    @Test
    void goModReplacementsInEveryForm() {
        GoModFile mod = GoModFile.parse(Path.of("/p/go.mod"), """
                module example.com/app // the app

                go 1.19

                require (
                	example.com/a v1.0.0
                	example.com/b v1.2.0 // indirect
                )

                replace example.com/a => ../a
                replace (
                	example.com/b v1.2.0 => example.com/fork/b v1.2.1
                	"example.com/c" => `example.com/c2` v0.3.0
                	example.com/d v1.0.0 =>
                	example.com/e => example.com/e2
                )
                replace example.com/f v1.0.0 => ./f v1.0.0
                """);

        assertThat(mod.module()).isEqualTo("example.com/app");
        assertThat(mod.replacements()).containsExactly(
                new Replacement("example.com/a", null, "../a", null),
                new Replacement("example.com/b", "v1.2.0", "example.com/fork/b", "v1.2.1"),
                new Replacement("example.com/c", null, "example.com/c2", "v0.3.0"));
        assertThat(mod.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("/p/go.mod:14: usage: replace"))
                .anySatisfy(p -> assertThat(p).startsWith("/p/go.mod:15: replacement module example.com/e2 needs a version"))
                .anySatisfy(p -> assertThat(p).startsWith("/p/go.mod:17: replacement directory ./f takes no version"));
    }

    @Test
    void anUnterminatedQuoteIsOneBadLine() {
        GoModFile mod = GoModFile.parse(Path.of("go.mod"), "module example.com/x\nreplace \"example.com/a => ../a\nreplace example.com/b => ../b\n");
        assertThat(mod.replacements()).containsExactly(new Replacement("example.com/b", null, "../b", null));
        assertThat(mod.problems()).containsExactly("go.mod:2: unterminated quoted string");
    }

    @Test
    void goWorkUsesAreFoldersBesideIt() {
        GoWorkFile work = GoWorkFile.parse(Path.of("/ws/go.work"), """
                go 1.19
                use (
                	./api
                	./tools/gen
                )
                use ../shared
                replace example.com/a v1.0.0 => example.com/a v1.0.1
                """);
        assertThat(work.uses()).containsExactly(Path.of("/ws/api"), Path.of("/ws/tools/gen"), Path.of("/shared"));
        assertThat(work.replacements()).containsExactly(new Replacement("example.com/a", "v1.0.0", "example.com/a", "v1.0.1"));
        assertThat(work.problems()).isEmpty();
    }
}
