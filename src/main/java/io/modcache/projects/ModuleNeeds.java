package io.modcache.projects;

import io.modcache.cache.VersionId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cached versions one module needs, and how much of each: its go.sum (and its workspace's
 * go.work.sum) list a content line ({@code path version h1:}) for every module whose packages a
 * build of it may load, on any platform, and only a {@code /go.mod} line for modules it needs for
 * the module graph alone. Then its {@code replace} directives (the workspace's override them): a
 * version replaced by a directory is not needed from the cache, and a version replaced by another
 * module version passes its need on to that one.
 */
public final class ModuleNeeds {

    private ModuleNeeds() {
    }

    /**
     * @param sums         the module's go.sum, then its workspace's go.work.sum (either may be missing)
     * @param replacements the module's replace directives, then its workspace's (later ones win)
     */
    public static Map<VersionId, Need> resolve(List<GoSumFile> sums, List<Replacement> replacements) {
        Map<VersionId, Need> needs = new HashMap<>();
        for (GoSumFile sum : sums) {
            for (GoSumLine line : sum.lines()) {
                needs.merge(new VersionId(line.path(), line.version()), line.goMod() ? Need.GRAPH : Need.SOURCE, Need::max);
            }
        }
        Map<VersionId, Need> replaced = new HashMap<>();
        for (Map.Entry<VersionId, Need> e : needs.entrySet()) {
            Replacement r = last(replacements, e.getKey());
            if (r == null) {
                replaced.merge(e.getKey(), e.getValue(), Need::max);
            } else if (!r.isDirectory()) {
                replaced.merge(new VersionId(r.targetPath(), r.targetVersion()), e.getValue(), Need::max);
            }
        }
        return replaced;
    }

    /** The replacement that applies, as go picks it: the last matching one, a versioned one before an unversioned one. */
    private static Replacement last(List<Replacement> replacements, VersionId id) {
        Replacement any = null;
        Replacement exact = null;
        for (Replacement r : replacements) {
            if (r.appliesTo(id.path(), id.version())) {
                if (r.version() != null) {
                    exact = r;
                } else {
                    any = r;
                }
            }
        }
        return exact != null ? exact : any;
    }
}
