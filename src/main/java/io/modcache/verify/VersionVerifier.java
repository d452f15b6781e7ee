package io.modcache.verify;

import io.modcache.cache.Fingerprint;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.Problem;
import io.modcache.cache.TreeWalker;
import io.modcache.cache.VersionPaths;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileKind;
import io.modcache.fs.FileStat;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies one module version's files with the checks of {@code go mod verify}
 * (cmd/go/internal/modcmd/verify.go), in go's words, plus the checks go leaves out. It opens only
 * regular files, never through a link, and small files with a cap: a link, pipe or device where a
 * file of the version should be is a problem of that version, never a hang. One instance per
 * thread: it owns its read buffers.
 */
final class VersionVerifier {

    private final Path root;
    private final CancellationToken cancel;
    private final ContentHasher hasher;
    private final MetadataChecks metadata = new MetadataChecks();

    VersionVerifier(Path root, CancellationToken cancel) {
        this.root = root;
        this.cancel = cancel;
        this.hasher = new ContentHasher(cancel);
    }

    VersionCheck verify(ModuleVersion v) {
        if (v.settledByScan()) {
            // An invalid or unrepresentable name, an unreadable folder: nothing read could change it.
            return new VersionCheck(null, null, null, null, v.problems().stream().filter(p -> p.kind().decidedByScan()).toList(), null);
        }
        List<Problem> problems = new ArrayList<>();
        VersionPaths files = VersionPaths.of(root, v);
        try {
            FileStat zip = regularOrFlag(files.zip(), problems);
            FileStat tree = statIfExists(files.tree());
            boolean hasZip = exists(files.zip());
            boolean hasTree = tree != null && tree.isDirectory();
            boolean partial = exists(files.partial());
            MetadataChecks.Result meta = metadata.check(files, hasZip, hasTree, problems);
            if (partial) {
                problems.add(Problem.of(Problem.Kind.PARTIAL, "extraction did not finish (" + files.partial().getFileName() + " exists)"));
            }
            v.problems().stream().filter(p -> p.kind() == Problem.Kind.LEFTOVER_TEMP).forEach(problems::add);

            String zipHash = null;
            String dirHash = null;
            if (!hasZip && !hasTree) {
                // go mod verify: nothing downloaded, nothing to verify.
            } else if (meta.ziphashAbsent()) {
                problems.add(Problem.of(Problem.Kind.MISSING_ZIPHASH,
                        "missing ziphash: open " + files.ziphash() + ": no such file or directory"));
            } else if (meta.ziphash() != null) {
                TreeListing listing = hasTree && !partial ? TreeListing.of(files.tree(), v.path() + "@" + v.version() + "/", cancel) : null;
                if (listing != null && !listing.hashable()) {
                    problems.addAll(listing.problems());
                    if (listing.hasSpecialFiles()) {
                        problems.add(Problem.of(Problem.Kind.DIR_MODIFIED, "dir has been modified (" + files.tree() + ")"));
                    }
                    listing = null;
                }
                ContentHashes hashes = hasher.hash(v, zip == null ? null : files.zip(), zip, listing);
                problems.addAll(hashes.problems());
                zipHash = hashes.zipHash();
                dirHash = hashes.dirHash();
                if (zipHash != null && !zipHash.equals(meta.ziphash())) {
                    problems.add(Problem.of(Problem.Kind.ZIP_MODIFIED, "zip has been modified (" + files.zip() + ")"));
                }
                if (dirHash != null && !dirHash.equals(meta.ziphash())) {
                    problems.add(Problem.of(Problem.Kind.DIR_MODIFIED, "dir has been modified (" + files.tree() + ")"));
                }
            }
            // Taken after every access time was restored, since restoring changes the inode change time.
            return new VersionCheck(meta.ziphash(), zipHash, dirHash, meta.modHash(), problems, fingerprint(v));
        } catch (IOException e) {
            problems.add(Problem.of(Problem.Kind.UNREADABLE, "cannot read: " + TreeWalker.reason(e)));
            return new VersionCheck(null, null, null, null, problems, null);
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
            new TreeWalker(cancel).walk(files.tree(), new TreeWalker.Visitor() {
                @Override
                public void visit(String name, Path path, FileStat stat) {
                    fp.add(name, stat);
                }

                @Override
                public void unreadable(String name, Path path, IOException error) {
                    // as the scanner: an unreadable entry adds nothing
                }
            });
        }
        return fp.value();
    }

    /** The stat of a part that must be a regular file; null when absent or (flagged) when it is not one. */
    static FileStat regularOrFlag(Path file, List<Problem> problems) throws IOException {
        FileStat stat = statIfExists(file);
        if (stat == null) {
            return null;
        }
        if (stat.kind() != FileKind.REGULAR) {
            problems.add(Problem.of(Problem.Kind.NOT_REGULAR, "refusing to read " + file + ": it is " + stat.kind().description()));
            return null;
        }
        return stat;
    }

    static FileStat statIfExists(Path p) throws IOException {
        try {
            return FileStat.of(p);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static boolean exists(Path p) throws IOException {
        return statIfExists(p) != null;
    }
}
