package io.modcache.cache;

import java.nio.file.Path;

/**
 * Where the module cache is and which rule said so.
 *
 * @param root   the module cache root (GOMODCACHE)
 * @param source which rule gave it
 * @param detail the value or file the rule read, for the user
 */
public record CacheLocation(Path root, Source source, String detail) {

    public enum Source {
        OPTION("your choice"),
        GO_ENV_COMMAND("go env GOMODCACHE"),
        ENVIRONMENT("$GOMODCACHE"),
        GO_ENV_FILE("GOMODCACHE in go's env file"),
        GOPATH("first GOPATH entry + /pkg/mod"),
        DEFAULT("default ~/go/pkg/mod");

        private final String description;

        Source(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** A one-line explanation such as {@code /home/u/go/pkg/mod (from go env GOMODCACHE)}. */
    public String describe() {
        return root + " (from " + source.description() + (detail == null || detail.isEmpty() ? "" : ": " + detail) + ")";
    }
}
