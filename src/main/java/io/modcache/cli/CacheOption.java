package io.modcache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --cache DIR} option every subcommand takes. */
final class CacheOption {

    @Option(names = "--cache", paramLabel = "DIR", converter = NonEmptyPath.class,
            description = "Module cache root (default: go env GOMODCACHE).")
    Path cache;

    /**
     * An empty value is bad usage, never the working directory: {@code --cache "$UNSET"} must not
     * make a command act on wherever it was run.
     */
    static final class NonEmptyPath implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new CommandLine.TypeConversionException("empty path (an unset shell variable?)");
            }
            return Path.of(value);
        }
    }
}
