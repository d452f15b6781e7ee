package io.modcache.projects;

import java.nio.file.Path;

/**
 * One {@code path version hash} line of a go.sum file.
 *
 * @param path    module path
 * @param version version, without the {@code /go.mod} suffix
 * @param goMod   whether the line is for the go.mod file ({@code version/go.mod})
 * @param hash    the hash, e.g. {@code h1:...}
 * @param file    the go.sum file
 * @param line    1-based line number
 */
public record GoSumLine(String path, String version, boolean goMod, String hash, Path file, int line) {
}
