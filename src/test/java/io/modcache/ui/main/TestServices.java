package io.modcache.ui.main;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanService;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.settings.RuleSettings;
import io.modcache.settings.ViewSettings;
import io.modcache.system.GoEnv;
import io.modcache.system.OperatingSystem;
import io.modcache.verify.VerificationService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The real core services for UI tests: a locator that sees only {@code env}, no go env, an in-memory index. */
final class TestServices {

    private TestServices() {
    }

    static MainServices of(WorkerPool workers, Map<String, String> env, Path home, List<Path> projects) {
        return of(workers, env, home, () -> projects);
    }

    static MainServices of(WorkerPool workers, Map<String, String> env, Path home, java.util.function.Supplier<List<Path>> projects) {
        return of(workers, env, home, projects, null);
    }

    /** @param indexDir where the verification index is kept between view models; null keeps it in memory */
    static MainServices of(WorkerPool workers, Map<String, String> env, Path home, java.util.function.Supplier<List<Path>> projects,
                           Path indexDir) {
        return new MainServices(new ScanService(new CacheLocator(env, OperatingSystem.LINUX, home, () -> GoEnv.NONE),
                new CacheScanner(workers.pool())), new VerificationService(workers.pool(), indexDir),
                new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()), () -> PrivatePatterns.NONE, projects,
                new io.modcache.projects.ProjectNeedsResolver(null), MainServices.Stored.inMemory(RuleSettings.DEFAULT),
                MainServices.Stored.inMemory(ViewSettings.DEFAULT), new HistoryStore(home.resolve("app-data")),
                new ScanSnapshots(home.resolve("app-cache")));
    }
}
