package io.modcache.ui.main;

import io.modcache.cache.ScanService;
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.settings.RuleSettings;
import io.modcache.verify.VerificationService;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The core services the main window drives.
 *
 * @param projectDirs     the folders whose go.sum files verification and deletion warnings use, read when needed
 * @param privatePatterns GOPRIVATE and friends, read (in the background) when a deletion is planned
 * @param needs           works out which versions the projects need
 * @param rules           the rule panel's settings: as last left, and where changes go
 */
public record MainServices(ScanService scans, VerificationService verifier, SafeDeleter deleter,
                           Supplier<PrivatePatterns> privatePatterns, Supplier<List<Path>> projectDirs,
                           ProjectNeedsResolver needs, RuleSettingsStore rules) {

    /** Where the rule panel's settings live. */
    public interface RuleSettingsStore {
        RuleSettings load();

        void save(RuleSettings settings);

        /** Kept in memory only (tests). */
        static RuleSettingsStore inMemory() {
            RuleSettings[] held = {RuleSettings.DEFAULT};
            return new RuleSettingsStore() {
                @Override
                public RuleSettings load() {
                    return held[0];
                }

                @Override
                public void save(RuleSettings settings) {
                    held[0] = settings;
                }
            };
        }
    }
}
