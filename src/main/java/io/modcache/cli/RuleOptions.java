package io.modcache.cli;

import io.modcache.cache.ModulePattern;
import io.modcache.select.AgeSpec;
import io.modcache.select.RuleSet;
import io.modcache.select.SizeSpec;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.List;

/** The selection rules {@code clean} takes; every one given must hold. */
final class RuleOptions {

    @Option(names = "--older-than", paramLabel = "AGE", converter = AgeConverter.class,
            description = "Last access (or download, where access times are not recorded) older than AGE: 36h, 90d, 12w, 1y.")
    AgeSpec olderThan;

    @Option(names = "--keep-newest", paramLabel = "N", description = "All but the N newest versions of each module.")
    Integer keepNewest;

    @Option(names = "--unused", description = "Versions no project named with --project needs (needed for the module "
            + "graph only: the source goes, go.mod stays).")
    boolean unused;

    @Option(names = "--broken", description = "Versions verification finds broken (verifies first, using the index); "
            + "these go even when a project needs them.")
    boolean broken;

    @Option(names = "--budget", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Least recently used first, until the cache is at most SIZE: 5GiB, 500MB, or bytes.")
    SizeSpec budget;

    @Option(names = "--include-used", description = "Let the rules select versions a named project needs too.")
    boolean includeUsed;

    RuleSet toRuleSet(List<ModulePattern> patterns, CommandLine commandLine) {
        if (keepNewest != null && keepNewest < 0) {
            throw new CommandLine.ParameterException(commandLine, "--keep-newest takes a number of versions, 0 or more");
        }
        return new RuleSet(olderThan, keepNewest, unused, broken, budget, includeUsed, patterns);
    }

    static final class AgeConverter implements CommandLine.ITypeConverter<AgeSpec> {
        @Override
        public AgeSpec convert(String value) {
            try {
                return AgeSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<SizeSpec> {
        @Override
        public SizeSpec convert(String value) {
            try {
                return SizeSpec.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
