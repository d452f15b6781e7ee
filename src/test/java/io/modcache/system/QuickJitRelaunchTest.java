package io.modcache.system;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuickJitRelaunchTest {

    private static final String JAVA = "/usr/lib/jvm/jdk/bin/java";

    @Test
    void aShortCommandOnAJdkLauncherGetsC1InFrontOfTheSameArguments() {
        assertThat(QuickJitRelaunch.command(JAVA, List.of("-Xmx1g", "-jar", "/x/app.jar", "scan", "--json"), List.of("scan", "--json")))
                .contains(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar", "/x/app.jar", "scan", "--json"));
        assertThat(QuickJitRelaunch.command(JAVA, List.of("-cp", "a:b", "io.modcache.Launcher", "history"), List.of("history")))
                .contains(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-cp", "a:b", "io.modcache.Launcher", "history"));
    }

    @Test
    void longCommandsKeepFullJitAndShortOnesAreNotWorthASecondJvm() {
        for (String command : List.of("verify", "repair", "--version", "help")) {
            assertThat(QuickJitRelaunch.command(JAVA, List.of("-jar", "app.jar", command), List.of(command))).as(command).isEmpty();
        }
        assertThat(QuickJitRelaunch.command(JAVA, List.of("-jar", "app.jar"), List.of())).isEmpty();
    }

    @Test
    void aCompilerChoiceAlreadyMadeStands() {
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint", "-XX:CompilationMode=quick-only")) {
            assertThat(QuickJitRelaunch.command(JAVA, List.of(option, "-jar", "app.jar", "scan"), List.of("scan"))).as(option).isEmpty();
        }
    }

    @Test
    void compilerOptionsInTheJavaEnvironmentVariablesCountToo() {
        assertThat(QuickJitRelaunch.mentionsCompiler("-Xmx2g -XX:TieredStopAtLevel=4")).isTrue();
        assertThat(QuickJitRelaunch.mentionsCompiler("-Xmx2g -Dx=y")).isFalse();
        assertThat(QuickJitRelaunch.mentionsCompiler(null)).isFalse();
    }

    @Test
    void aNativeLauncherTakesNoJvmOptionsSoItIsLeftAlone() {
        assertThat(QuickJitRelaunch.command("/opt/modcache-explorer/bin/modcache-explorer", List.of("scan"), List.of("scan"))).isEmpty();
    }

    @Test
    void argumentsThatDoNotMatchOrLostCharactersAreNotPassedOn() {
        assertThat(QuickJitRelaunch.command(JAVA, List.of("-jar", "app.jar", "scan", "--cache", "/x"), List.of("scan", "--cache", "/y"))).isEmpty();
        assertThat(QuickJitRelaunch.command(JAVA, List.of("scan"), List.of("scan"))).isEmpty();
        assertThat(QuickJitRelaunch.command(JAVA, List.of("-jar", "app.jar", "scan", "--cache", "/caf\uFFFD"),
                List.of("scan", "--cache", "/caf\uFFFD"))).isEmpty();
        assertThat(QuickJitRelaunch.command(null, null, List.of("scan"))).isEmpty();
    }
}
