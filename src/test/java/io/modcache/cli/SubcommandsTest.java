package io.modcache.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the subcommand that runs is built; help and usage errors still know every one of them.
 */
class SubcommandsTest {

    @TempDir
    Path home;

    @Test
    void everyNameIsTheOneItsCommandDeclares() {
        ModcacheCommand.SUBCOMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getSimpleName()).isEqualTo(name));
    }

    @Test
    void onlyASubcommandsNameRunsOne() {
        assertThat(ModcacheCommand.runsSubcommand(new String[] {"scan", "--json"})).isTrue();
        assertThat(ModcacheCommand.runsSubcommand(new String[] {"history"})).isTrue();
        assertThat(ModcacheCommand.runsSubcommand(new String[] {"help", "scan"})).isFalse();
        assertThat(ModcacheCommand.runsSubcommand(new String[] {"--version"})).isFalse();
        assertThat(ModcacheCommand.runsSubcommand(new String[] {"scna"})).isFalse();
        assertThat(ModcacheCommand.runsSubcommand(new String[0])).isFalse();
    }

    @Test
    void theUsageListsEverySubcommandInOrder() {
        CliRunner.Run run = CliRunner.run(home, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence("  scan ", "  verify ", "  clean ", "  repair ", "  history ", "  help ");
    }

    @Test
    void helpForOneSubcommandAndAMistypedOneStillWork() {
        CliRunner.Run help = CliRunner.run(home, "help", "history");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: modcache-explorer history");

        CliRunner.Run typo = CliRunner.run(home, "scna");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("scna").contains("scan");
    }

    @Test
    void aSubcommandRunsWithItsOwnHelp() {
        CliRunner.Run run = CliRunner.run(home, "clean", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: modcache-explorer clean");
    }
}
