package io.modcache.verify;

import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileStat;

import java.io.IOException;
import java.io.InputStream;
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
 * Hashes a version's zip and extracted tree as go's dirhash does. Where zip and tree hold the
 * same names, both are read in one pass: tree bytes go into SHA-256 and the zip's bytes are only
 * compared with them, since equal names and contents give the identical h1 line by line. Any
 * difference, and the zip is hashed on its own. One instance per thread: it owns its buffers.
 */
final class ContentHasher {

    private final CancellationToken cancel;
    private final byte[] fileBuffer = new byte[64 * 1024];
    private final byte[] zipBuffer = new byte[64 * 1024];

    ContentHasher(CancellationToken cancel) {
        this.cancel = cancel;
    }

    /**
     * @param zipFile the zip, a regular file (null when there is none to hash)
     * @param zipStat its stat before reading, to restore its access time
     * @param tree    the tree's files, all regular (null when there is no complete tree to hash)
     */
    ContentHashes hash(ModuleVersion v, Path zipFile, FileStat zipStat, TreeListing tree) throws IOException {
        List<Problem> problems = new ArrayList<>();
        ModuleZip zip = null;
        if (zipFile != null) {
            try {
                zip = ModuleZip.open(zipFile, zipStat.size());
            } catch (CorruptZipException e) {
                problems.add(Problem.of(Problem.Kind.CORRUPT_ZIP, e.getMessage() + " (" + zipFile + ")"));
            }
        }
        try {
            if (zip != null) {
                for (String reason : ZipLayout.check(v.path(), v.version(), zip.entries())) {
                    problems.add(Problem.of(Problem.Kind.CORRUPT_ZIP, "go refuses to extract " + zipFile + ": " + reason));
                }
            }
            String zipError = null;
            boolean zipDiffers = zip == null || tree == null || zip.hasDuplicates() || !sameNames(zip, tree);
            Map<String, byte[]> treeDigests = new HashMap<>();
            if (tree != null) {
                for (TreeListing.TreeFile f : tree.files()) {
                    cancel.throwIfCancelled();
                    InputStream zipEntry = !zipDiffers && zipError == null ? zip.open(f.name()) : null;
                    try {
                        treeDigests.put(f.name(), digestComparing(f, zipEntry));
                    } catch (ZipContentDiffers e) {
                        zipDiffers = true;
                        treeDigests.put(f.name(), e.treeDigest);
                    } catch (CorruptZipException e) {
                        zipError = e.getMessage();
                        treeDigests.put(f.name(), digest(f));
                    } finally {
                        if (zipEntry != null) {
                            zipEntry.close();
                        }
                    }
                }
            }
            String dirHash = tree == null ? null : DirHash.hash1(treeDigests);
            String zipHash = null;
            if (zip != null && zipError == null) {
                try {
                    zipHash = zipDiffers ? hashZipAlone(zip) : dirHash;
                } catch (CorruptZipException e) {
                    zipError = e.getMessage();
                }
            }
            if (zipError != null) {
                problems.add(Problem.of(Problem.Kind.CORRUPT_ZIP, zipError + " (" + zipFile + ")"));
            }
            return new ContentHashes(zipHash, dirHash, problems);
        } catch (IllegalArgumentException newlineInName) {
            problems.add(Problem.of(Problem.Kind.UNREADABLE, newlineInName.getMessage()));
            return new ContentHashes(null, null, problems);
        } finally {
            if (zip != null) {
                zip.close();
                AccessTimes.restore(zipFile, zipStat);
            }
        }
    }

    private static boolean sameNames(ModuleZip zip, TreeListing tree) {
        List<String> zipNames = zip.names();
        if (zipNames.size() != tree.files().size()) {
            return false;
        }
        Set<String> treeNames = new HashSet<>();
        tree.files().forEach(f -> treeNames.add(f.name()));
        return treeNames.containsAll(zipNames);
    }

    private static final class ZipContentDiffers extends Exception {
        final byte[] treeDigest;

        ZipContentDiffers(byte[] treeDigest) {
            super(null, null, false, false);
            this.treeDigest = treeDigest;
        }
    }

    /** SHA-256 of a tree file; when {@code zipEntry} is given, also checks it has exactly the same bytes. */
    private byte[] digestComparing(TreeListing.TreeFile file, InputStream zipEntry) throws IOException, ZipContentDiffers {
        MessageDigest md = DirHash.sha256();
        boolean same = zipEntry != null;
        try (InputStream in = AccessTimes.open(file.path())) {
            for (int n; (n = in.read(fileBuffer)) > 0; ) {
                md.update(fileBuffer, 0, n);
                if (same) {
                    int m = zipEntry.readNBytes(zipBuffer, 0, n);
                    same = m == n && Arrays.equals(fileBuffer, 0, n, zipBuffer, 0, n);
                }
            }
        } finally {
            AccessTimes.restore(file.path(), file.stat());
        }
        if (same && zipEntry.read() >= 0) {
            same = false;
        }
        if (zipEntry != null && !same) {
            throw new ZipContentDiffers(md.digest());
        }
        return md.digest();
    }

    private byte[] digest(TreeListing.TreeFile file) throws IOException {
        try {
            return digestComparing(file, null);
        } catch (ZipContentDiffers cannotHappen) {
            return cannotHappen.treeDigest;
        }
    }

    /** go's HashZip: every entry name, duplicates too, each line with its (last) entry's digest. */
    private String hashZipAlone(ModuleZip zip) throws IOException {
        Map<String, byte[]> digests = new HashMap<>();
        for (String name : zip.names()) {
            if (digests.containsKey(name)) {
                continue;
            }
            cancel.throwIfCancelled();
            MessageDigest md = DirHash.sha256();
            try (InputStream in = zip.open(name)) {
                for (int n; (n = in.read(zipBuffer)) > 0; ) {
                    md.update(zipBuffer, 0, n);
                }
            }
            digests.put(name, md.digest());
        }
        return DirHash.hash1(zip.names(), digests);
    }
}
