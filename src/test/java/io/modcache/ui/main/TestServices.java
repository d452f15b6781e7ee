package io.modcache.ui.main;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.clean.FileLocks;
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.verify.VerificationService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real core services for UI tests: a locator that sees only {@code env}, no go env, an in-memory index. */
final class TestServices {

    private TestServices() {
    }

    static MainServices of(WorkerPool workers, Map<String, String> env, Path home, List<Path> projects) {
        return new MainServices(new CacheLocator(env, "Linux", home, Optional::empty), new CacheScanner(workers.pool()),
                new VerificationService(workers.pool(), null), new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()),
                () -> PrivatePatterns.NONE, () -> projects);
    }
}
