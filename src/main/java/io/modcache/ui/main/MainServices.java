package io.modcache.ui.main;

import io.modcache.cache.ScanService;
import io.modcache.projects.GoSumIndex;
import io.modcache.repair.Repairer;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.settings.RuleSettings;
import io.modcache.settings.ViewSettings;
import io.modcache.system.FileManager;
import io.modcache.verify.VerificationService;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The core services the main window drives.
 *
 * @param projectDirs     the folders whose go.sum files verification and deletion warnings use, read when needed
 * @param privatePatterns GOPRIVATE and friends, read (in the background) when a deletion is planned
 * @param needs           works out which versions the projects need
 * @param rules           the rule panel's settings: as last left, and where changes go
 * @param view            how the views were last arranged, and where changes go
 * @param history         where each scan's and deletion's totals are recorded
 * @param snapshots       the last scan of each cache, shown while the next one runs
 * @param folderOpener    shows a folder in the desktop's file manager
 * @param repairers       makes the repairer (in the background: it reads go's configuration), null without go
 */
public record MainServices(ScanService scans, VerificationService verifier, SafeDeleter deleter,
                           Supplier<PrivatePatterns> privatePatterns, Supplier<List<Path>> projectDirs,
                           ProjectNeedsResolver needs, Stored<RuleSettings> rules, Stored<ViewSettings> view,
                           HistoryStore history, ScanSnapshots snapshots, RowActions.FolderOpener folderOpener,
                           Function<GoSumIndex, Repairer> repairers) {

    /** With a file manager of its own and no repairs (tests). */
    public MainServices(ScanService scans, VerificationService verifier, SafeDeleter deleter,
                        Supplier<PrivatePatterns> privatePatterns, Supplier<List<Path>> projectDirs,
                        ProjectNeedsResolver needs, Stored<RuleSettings> rules, Stored<ViewSettings> view,
                        HistoryStore history, ScanSnapshots snapshots, RowActions.FolderOpener folderOpener) {
        this(scans, verifier, deleter, privatePatterns, projectDirs, needs, rules, view, history, snapshots, folderOpener, sums -> null);
    }

    /** With the desktop's file manager. */
    public MainServices(ScanService scans, VerificationService verifier, SafeDeleter deleter,
                        Supplier<PrivatePatterns> privatePatterns, Supplier<List<Path>> projectDirs,
                        ProjectNeedsResolver needs, Stored<RuleSettings> rules, Stored<ViewSettings> view,
                        HistoryStore history, ScanSnapshots snapshots) {
        this(scans, verifier, deleter, privatePatterns, projectDirs, needs, rules, view, history, snapshots, FileManager::open,
                sums -> null);
    }

    /** Settings the window reads when it opens and writes as they change. */
    public interface Stored<T> {
        T load();

        void save(T value);

        /** Kept in memory only (tests). */
        static <T> Stored<T> inMemory(T initial) {
            Object[] held = {initial};
            return new Stored<>() {
                @Override
                @SuppressWarnings("unchecked")
                public T load() {
                    return (T) held[0];
                }

                @Override
                public void save(T value) {
                    held[0] = value;
                }
            };
        }
    }
}
