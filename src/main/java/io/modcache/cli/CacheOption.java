package io.modcache.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --cache DIR} option every subcommand takes. */
final class CacheOption {

    @Option(names = "--cache", paramLabel = "DIR", description = "Module cache root (default: go env GOMODCACHE).")
    Path cache;
}
