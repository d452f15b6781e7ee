package io.modcache.ui.details;

import io.modcache.ui.common.Formats;
import io.modcache.text.Text;
import io.modcache.cache.CachePart;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VersionPaths;
import io.modcache.text.ByteSizes;
import io.modcache.ui.model.UsedBy;
import io.modcache.verify.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the details pane for one version, computed from what the scan and verification
 * already know: no file is touched.
 *
 * @param title          {@code path@version}
 * @param status         the verification status in words
 * @param files          each part of the version that exists, with its path
 * @param problems       the problems found
 * @param goSums         what the go.sum comparison found
 * @param restoreCommand the command that downloads it again
 * @param usedBy         the user's modules that need it, and what of it
 */
public record VersionDetails(String title, String status, List<String> files, List<String> problems, List<String> goSums,
                             String restoreCommand, List<String> usedBy, String provenance) {

    public static VersionDetails of(Path root, ModuleVersion v, Verdict verdict, String statusText, UsedBy usedBy) {
        VersionPaths p = VersionPaths.of(root, v);
        List<String> files = new ArrayList<>();
        files.add(Text.get("details.version.files", Formats.counted("count.file", v.files()), ByteSizes.format(v.bytes())));
        if (v.parts().contains(CachePart.TREE)) {
            files.add("source tree   " + p.tree());
        }
        addIf(files, v, CachePart.ZIP, "zip           ", p.zip());
        addIf(files, v, CachePart.ZIPHASH, "ziphash       ", p.ziphash());
        addIf(files, v, CachePart.MOD, "go.mod        ", p.mod());
        addIf(files, v, CachePart.INFO, "info          ", p.info());
        addIf(files, v, CachePart.PARTIAL, "partial mark  ", p.partial());
        addIf(files, v, CachePart.LOCK, "lock          ", p.lock());
        List<String> goSums = new ArrayList<>();
        if (verdict != null) {
            int n = verdict.matchedGoSums().size();
            if (n > 0) {
                goSums.add(Text.get("details.goSum.matches", Text.counted("count.project", n)));
                // not indented: a path longer than the pane wrapped whole onto the next line, leaving the indent alone on one
                verdict.matchedGoSums().forEach(f -> goSums.add(f.toString()));
            } else {
                goSums.add(Text.get("details.goSum.none"));
            }
        }
        List<String> users = usedBy.uses().isEmpty() ? List.of(Text.get("details.noProject"))
                : List.of(usedBy.tooltip().split("\n"));
        return new VersionDetails(v.id().toString(), statusText, files, v.problemTexts(), goSums, "go mod download " + v.id(), users,
                provenance(verdict == null ? null : verdict.provenance()));
    }

    /** What the checksum database says, with the record and the tree it was proven in. */
    static String provenance(io.modcache.sumdb.Provenance p) {
        if (p == null) {
            return Text.get("details.sumdb.unchecked");
        }
        String head = Text.get("details.sumdb." + p.state().word());
        return switch (p.state()) {
            case CONFIRMED -> head + " " + Text.get("details.sumdb.tree", String.format("%,d", p.treeSize())) + "\n"
                    + String.join("\n", p.record());
            case MISMATCH -> head + "\n" + String.join("\n", p.record());
            default -> head + (p.detail().isEmpty() ? "" : ": " + p.detail());
        };
    }

    private static void addIf(List<String> out, ModuleVersion v, CachePart part, String label, Path path) {
        if (v.parts().contains(part)) {
            out.add(label + path);
        }
    }
}
