package io.modcache.verify;

import io.modcache.cache.Problem;

import java.util.List;

/**
 * What verifying one version's files found, before go.sum files are consulted. Stored in the
 * index, so an unchanged version is never read again.
 *
 * @param ziphash     trimmed content of the .ziphash file, or null when absent or unreadable
 * @param zipHash     h1 of the zip's content, or null when there is no readable zip
 * @param dirHash     h1 of the extracted tree, or null when there is no complete, hashable tree
 * @param modHash     h1 of the .mod file as go.sum's {@code /go.mod} lines hash it, or null
 * @param problems    problems found, each of a kind that implies a status
 * @param fingerprint identity of the files' state when checked (sizes, times, inodes), or null
 *                    when the check must not be reused
 */
public record VersionCheck(String ziphash, String zipHash, String dirHash, String modHash, List<Problem> problems,
                           String fingerprint) {

    public VersionCheck {
        problems = List.copyOf(problems);
    }

    /** The hash a go.sum {@code h1:} line for the module content is compared with. */
    public String contentHash() {
        if (ziphash != null && DirHash.isWellFormedH1(ziphash)) {
            return ziphash;
        }
        return zipHash != null ? zipHash : dirHash;
    }
}
