package io.modcache.clean;

import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.FileCount;
import io.modcache.fs.SafeDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of deleting everything: whatever the entries left behind goes too, so the folder ends
 * as {@code go clean -modcache} leaves it, empty. That is lock files, emptied module lists, folders
 * with names that are not module paths, links (removed as links). Lock files go last, after every
 * version was deleted with go's protocol, each removed while we hold it, so a go that holds one is
 * waited for; a go may still open a lock file we then remove, the risk {@code go clean -modcache}
 * itself takes.
 */
final class CacheSweep {

    private final FileLocks locks;
    private final CancellationToken cancel;

    CacheSweep(FileLocks locks, CancellationToken cancel) {
        this.locks = locks;
        this.cancel = cancel;
    }

    /** Empties {@code root}; returns what it removed, and adds to {@code failures} what it could not. */
    FileCount sweep(Path root, List<DeletionResult.Housekeeping> failures) throws IOException {
        FileCount removed = FileCount.ZERO;
        try (SafeDir dir = SafeDir.open(root)) {
            for (Path name : dir.names()) {
                cancel.throwIfCancelled();
                try {
                    removed = removed.plus(dir.remove(name, this::removeHeld));
                } catch (IOException e) {
                    failures.add(new DeletionResult.Housekeeping(dir.path().resolve(name), e.getMessage()));
                }
            }
        }
        return removed;
    }

    /** Regular files are unlinked; a lock file ({@code *.lock}, and go's {@code cache/lock}) is unlinked while we hold its lock. */
    private void removeHeld(SafeDir dir, Path name) throws IOException {
        if (!name.toString().endsWith(".lock") && !name.toString().equals("lock")) {
            dir.deleteFile(name);
            return;
        }
        try (FileLocks.Held held = locks.lock(dir.path().resolve(name), cancel)) {
            dir.deleteFile(name);
        }
    }
}
