package io.modcache.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.Problem;
import io.modcache.cache.VersionPaths;
import io.modcache.fs.FileStat;
import io.modcache.fs.FileTooLargeException;
import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The small files beside a version's zip: {@code .ziphash}, {@code .mod} and {@code .info}, each read with a cap. */
final class MetadataChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param ziphash       the trimmed {@code .ziphash} content, or null when absent or not readable
     * @param ziphashAbsent whether there is no {@code .ziphash} at all (what go calls "missing ziphash")
     * @param modHash       the go.sum {@code /go.mod} hash of the {@code .mod} file, or null
     */
    record Result(String ziphash, boolean ziphashAbsent, String modHash) {
    }

    Result check(VersionPaths files, boolean hasZip, boolean hasTree, List<Problem> problems) throws IOException {
        String ziphash = null;
        FileStat ziphashStat = VersionVerifier.regularOrFlag(files.ziphash(), problems);
        boolean ziphashAbsent = VersionVerifier.statIfExists(files.ziphash()) == null;
        if (ziphashStat != null) {
            try {
                ziphash = new String(AccessTimes.readSmall(files.ziphash(), SafeFiles.ZIPHASH_CAP), StandardCharsets.UTF_8).strip();
                if (!DirHash.isWellFormedH1(ziphash)) {
                    problems.add(Problem.of(Problem.Kind.MALFORMED_ZIPHASH, "malformed ziphash \"" + abbreviate(ziphash) + "\""));
                }
            } catch (FileTooLargeException e) {
                problems.add(Problem.of(Problem.Kind.MALFORMED_ZIPHASH, "malformed ziphash: " + e.getMessage()));
            }
        }
        String modHash = null;
        FileStat mod = VersionVerifier.regularOrFlag(files.mod(), problems);
        if (mod != null) {
            try {
                modHash = DirHash.goModHash(AccessTimes.readSmall(files.mod(), SafeFiles.MOD_CAP));
            } catch (FileTooLargeException e) {
                problems.add(Problem.of(Problem.Kind.TOO_LARGE, e.getMessage()));
            }
        } else if (hasZip && VersionVerifier.statIfExists(files.mod()) == null) {
            problems.add(Problem.of(Problem.Kind.MISSING_METADATA, ".mod missing while the zip exists"));
        }
        checkInfo(files, hasZip || hasTree, problems);
        return new Result(ziphash, ziphashAbsent, modHash);
    }

    private static void checkInfo(VersionPaths files, boolean required, List<Problem> problems) throws IOException {
        if (VersionVerifier.statIfExists(files.info()) == null) {
            if (required) {
                problems.add(Problem.of(Problem.Kind.MISSING_METADATA, ".info missing"));
            }
            return;
        }
        if (VersionVerifier.regularOrFlag(files.info(), problems) == null) {
            return;
        }
        byte[] info;
        try {
            info = AccessTimes.readSmall(files.info(), SafeFiles.INFO_CAP);
        } catch (FileTooLargeException e) {
            problems.add(Problem.of(Problem.Kind.TOO_LARGE, e.getMessage()));
            return;
        }
        try {
            if (!JSON.readTree(info).isObject()) {
                problems.add(Problem.of(Problem.Kind.MISSING_METADATA, ".info is not a JSON object"));
            }
        } catch (JsonProcessingException e) {
            problems.add(Problem.of(Problem.Kind.MISSING_METADATA, ".info is not valid JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
