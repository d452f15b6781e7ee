package io.modcache.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.FileStat;
import io.modcache.cache.Fingerprint;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies one module version's files with the checks of {@code go mod verify}
 * (cmd/go/internal/modcmd/verify.go), in go's words, plus the checks go leaves out. One instance
 * per thread: it owns its read buffers.
 */
final class VersionVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final CancellationToken cancel;
    private final byte[] fileBuffer = new byte[64 * 1024];
    private final byte[] zipBuffer = new byte[64 * 1024];

    VersionVerifier(Path root, CancellationToken cancel) {
        this.root = root;
        this.cancel = cancel;
    }

    /** A tree file: its name in the hash ({@code path@version/rel}), where it is, and its stamp before reading. */
    private record TreeFile(String name, Path path, FileStamp stamp) {
    }

    VersionCheck verify(ModuleVersion v) {
        List<Finding> findings = new ArrayList<>();
        VersionPaths files = VersionPaths.of(root, v);
        try {
            if (!validNames(v, findings)) {
                return new VersionCheck(null, null, null, null, findings, fingerprint(v));
            }
            boolean hasZip = exists(files.zip());
            boolean hasTree = Files.isDirectory(files.tree(), LinkOption.NOFOLLOW_LINKS);
            boolean partial = exists(files.partial());
            String ziphash = null;
            if (exists(files.ziphash())) {
                ziphash = new String(readSmall(files.ziphash()), StandardCharsets.UTF_8).strip();
                if (!DirHash.isWellFormedH1(ziphash)) {
                    findings.add(new Finding(VerificationStatus.MISSING_ZIPHASH, "malformed ziphash \"" + abbreviate(ziphash) + "\""));
                }
            }
            String modHash = null;
            if (exists(files.mod())) {
                modHash = DirHash.goModHash(readSmall(files.mod()));
            } else if (hasZip) {
                findings.add(new Finding(VerificationStatus.INCOMPLETE, ".mod missing while the zip exists"));
            }
            checkInfo(files, hasZip || hasTree, findings);
            if (partial) {
                findings.add(new Finding(VerificationStatus.INCOMPLETE, "extraction did not finish (" + files.partial().getFileName() + " exists)"));
            }
            v.problems().stream().filter(p -> p.startsWith("leftover temporary"))
                    .forEach(p -> findings.add(new Finding(VerificationStatus.INCOMPLETE, p)));

            String zipHash = null;
            String dirHash = null;
            boolean dirCounts = hasTree && !partial;
            if (!hasZip && !hasTree) {
                // go mod verify: nothing downloaded, nothing to verify.
            } else if (ziphash == null) {
                findings.add(new Finding(VerificationStatus.MISSING_ZIPHASH,
                        "missing ziphash: open " + files.ziphash() + ": no such file or directory"));
            } else {
                String[] hashes = hashContent(v, files, hasZip, dirCounts, findings);
                zipHash = hashes[0];
                dirHash = hashes[1];
                if (zipHash != null && !zipHash.equals(ziphash)) {
                    findings.add(new Finding(VerificationStatus.ZIP_MODIFIED, "zip has been modified (" + files.zip() + ")"));
                }
                if (dirHash != null && !dirHash.equals(ziphash)) {
                    findings.add(new Finding(VerificationStatus.DIR_MODIFIED, "dir has been modified (" + files.tree() + ")"));
                }
            }
            // Taken after every access time was restored, since restoring changes the inode change time.
            return new VersionCheck(ziphash, zipHash, dirHash, modHash, findings, fingerprint(v));
        } catch (IOException e) {
            findings.add(new Finding(VerificationStatus.ERROR, "cannot read: " + e.getMessage()));
            return new VersionCheck(null, null, null, null, findings, null);
        }
    }

    /**
     * The identity of the version's files now, from their metadata only (one stat per file): no
     * content is read. The same {@link Fingerprint} the scanner computes for an unchanged version.
     */
    String fingerprint(ModuleVersion v) throws IOException {
        VersionPaths files = VersionPaths.of(root, v);
        Fingerprint fp = new Fingerprint();
        fp.addParts(v.parts());
        for (Path p : files.verdictFiles()) {
            FileStat stat = statIfExists(p);
            if (stat != null) {
                fp.add(p.getFileName().toString(), stat);
            }
        }
        FileStat tree = statIfExists(files.tree());
        if (tree != null && tree.isDirectory()) {
            stampTree(files.tree(), "", fp);
        }
        return fp.value();
    }

    private void stampTree(Path dir, String prefix, Fingerprint fp) throws IOException {
        cancel.throwIfCancelled();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                FileStat stat = statIfExists(p);
                if (stat == null) {
                    continue;
                }
                String name = prefix + p.getFileName();
                fp.add(name, stat);
                if (stat.isDirectory()) {
                    stampTree(p, name + "/", fp);
                }
            }
        }
    }

    private static FileStat statIfExists(Path p) throws IOException {
        try {
            return FileStat.of(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private boolean validNames(ModuleVersion v, List<Finding> findings) {
        boolean invalid = v.status() == VerificationStatus.ERROR && v.problems().stream().anyMatch(
                p -> p.startsWith("invalid escaped") || p.contains("not a canonical semantic version"));
        if (invalid) {
            v.problems().forEach(p -> findings.add(new Finding(VerificationStatus.ERROR, p)));
        }
        return !invalid;
    }

    private void checkInfo(VersionPaths files, boolean required, List<Finding> findings) throws IOException {
        if (!exists(files.info())) {
            if (required) {
                findings.add(new Finding(VerificationStatus.INCOMPLETE, ".info missing"));
            }
            return;
        }
        byte[] info = readSmall(files.info());
        try {
            if (!JSON.readTree(info).isObject()) {
                findings.add(new Finding(VerificationStatus.INCOMPLETE, ".info is not a JSON object"));
            }
        } catch (JsonProcessingException e) {
            findings.add(new Finding(VerificationStatus.INCOMPLETE, ".info is not valid JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    /**
     * Returns {zipHash, dirHash}. Where zip and tree hold the same names, both are read in one
     * pass: tree bytes go into SHA-256 and the zip's bytes are only compared with them, since equal
     * names and contents give the identical h1 line by line. Any difference, and the zip is
     * hashed on its own.
     */
    private String[] hashContent(ModuleVersion v, VersionPaths files, boolean hasZip, boolean hasTree,
                                 List<Finding> findings) throws IOException {
        List<TreeFile> tree = hasTree ? treeFiles(v, files.tree()) : List.of();
        FileStamp zipStamp = hasZip ? FileStamp.of("zip", files.zip()) : null;
        ModuleZip zip = null;
        String zipError = null;
        if (hasZip) {
            try {
                zip = ModuleZip.open(files.zip());
            } catch (CorruptZipException e) {
                zipError = e.getMessage();
            }
        }
        try {
            boolean sameNames = zip != null && hasTree && new HashSet<>(zip.names()).equals(namesOf(tree)) && zip.names().size() == tree.size();
            Map<String, byte[]> treeDigests = new HashMap<>();
            boolean zipDiffers = !sameNames;
            for (TreeFile f : tree) {
                cancel.throwIfCancelled();
                if (!f.stamp().regular() && !Files.isSymbolicLink(f.path())) {
                    findings.add(new Finding(VerificationStatus.ERROR, "not a regular file: " + f.path()));
                    return new String[] {null, null};
                }
                InputStream zipEntry = null;
                if (!zipDiffers && zipError == null) {
                    zipEntry = zip.open(f.name());
                }
                try {
                    treeDigests.put(f.name(), digestComparing(f.path(), zipEntry));
                } catch (ZipContentDiffers e) {
                    zipDiffers = true;
                    treeDigests.put(f.name(), e.treeDigest);
                } catch (CorruptZipException e) {
                    zipError = e.getMessage();
                    treeDigests.put(f.name(), DirHash.sha256Of(f.path(), fileBuffer));
                } finally {
                    if (zipEntry != null) {
                        zipEntry.close();
                    }
                }
                AccessTimes.restore(f.path(), f.stamp());
            }
            String dirHash = hasTree ? DirHash.hash1(treeDigests) : null;
            String zipHash = null;
            if (zip != null && zipError == null) {
                if (!zipDiffers) {
                    zipHash = dirHash;
                } else {
                    try {
                        zipHash = hashZipAlone(zip);
                    } catch (CorruptZipException e) {
                        zipError = e.getMessage();
                    }
                }
            }
            if (zipError != null) {
                findings.add(new Finding(VerificationStatus.CORRUPT_ZIP, zipError + " (" + files.zip() + ")"));
            }
            return new String[] {zipHash, dirHash};
        } catch (IllegalArgumentException e) {
            findings.add(new Finding(VerificationStatus.ERROR, e.getMessage()));
            return new String[] {null, null};
        } finally {
            if (zip != null) {
                zip.close();
            }
            if (zipStamp != null) {
                AccessTimes.restore(files.zip(), zipStamp);
            }
        }
    }

    private static final class ZipContentDiffers extends Exception {
        final byte[] treeDigest;

        ZipContentDiffers(byte[] treeDigest) {
            super(null, null, false, false);
            this.treeDigest = treeDigest;
        }
    }

    /** SHA-256 of the file; when {@code zipEntry} is given, also checks it has exactly the same bytes. */
    private byte[] digestComparing(Path file, InputStream zipEntry) throws IOException, ZipContentDiffers {
        MessageDigest md = DirHash.sha256();
        boolean same = zipEntry != null;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(fileBuffer)) > 0; ) {
                md.update(fileBuffer, 0, n);
                if (same) {
                    int m = zipEntry.readNBytes(zipBuffer, 0, n);
                    same = m == n && Arrays.equals(fileBuffer, 0, n, zipBuffer, 0, n);
                }
            }
        }
        if (same && zipEntry.read() >= 0) {
            same = false;
        }
        if (zipEntry != null && !same) {
            throw new ZipContentDiffers(md.digest());
        }
        return md.digest();
    }

    private String hashZipAlone(ModuleZip zip) throws IOException {
        Map<String, byte[]> digests = new HashMap<>();
        for (String name : zip.names()) {
            cancel.throwIfCancelled();
            MessageDigest md = DirHash.sha256();
            try (InputStream in = zip.open(name)) {
                for (int n; (n = in.read(zipBuffer)) > 0; ) {
                    md.update(zipBuffer, 0, n);
                }
            }
            digests.put(name, md.digest());
        }
        return DirHash.hash1(digests);
    }

    /** Every non-directory below the tree, as go's dirhash.DirFiles lists them (links not followed). */
    private List<TreeFile> treeFiles(ModuleVersion v, Path tree) throws IOException {
        List<TreeFile> out = new ArrayList<>();
        collect(tree, v.path() + "@" + v.version() + "/", out);
        return out;
    }

    private void collect(Path dir, String prefix, List<TreeFile> out) throws IOException {
        cancel.throwIfCancelled();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = prefix + p.getFileName().toString();
                FileStamp stamp;
                try {
                    stamp = FileStamp.of(name, p);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                if (stamp.directory()) {
                    collect(p, name + "/", out);
                } else {
                    out.add(new TreeFile(name, p, stamp));
                }
            }
        }
    }

    private static Set<String> namesOf(List<TreeFile> files) {
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.name()));
        return names;
    }

    private static byte[] readSmall(Path file) throws IOException {
        FileStamp before = FileStamp.of(file.getFileName().toString(), file);
        byte[] data = Files.readAllBytes(file);
        AccessTimes.restore(file, before);
        return data;
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
