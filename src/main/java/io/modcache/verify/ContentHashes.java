package io.modcache.verify;

import io.modcache.cache.Problem;

import java.util.List;

/**
 * The {@code h1:} hashes of a version's zip and extracted tree, and what was found reading them.
 *
 * @param zipHash  h1 of the zip's entries as go's HashZip computes it, or null when not readable
 * @param dirHash  h1 of the tree as go's HashDir computes it, or null when no tree was hashed
 * @param problems what reading them found (a corrupt zip, one go would refuse to extract)
 */
record ContentHashes(String zipHash, String dirHash, List<Problem> problems) {

    ContentHashes {
        problems = List.copyOf(problems);
    }
}
