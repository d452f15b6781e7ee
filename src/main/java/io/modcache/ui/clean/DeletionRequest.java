package io.modcache.ui.clean;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.clean.Candidate;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked to delete: versions (with the rules' reasons and limits where the rules chose
 * them), other entries, whether it is the whole cache, and notes the preview shows first (versions
 * the rules kept for the projects' sake).
 */
public record DeletionRequest(Path root, List<Candidate> candidates, List<OtherEntry> others, boolean wholeCache,
                              boolean looksLikeCache, List<String> notes) {

    public DeletionRequest {
        candidates = List.copyOf(candidates);
        others = List.copyOf(others);
        notes = List.copyOf(notes);
    }

    /** Versions chosen by hand, all of each to go. */
    public static DeletionRequest of(Path root, List<ModuleVersion> versions, List<OtherEntry> others, boolean wholeCache,
                                     boolean looksLikeCache) {
        return new DeletionRequest(root, versions.stream().map(Candidate::chosen).toList(), others, wholeCache, looksLikeCache, List.of());
    }
}
