package io.modcache.ui.main;

import io.modcache.concurrent.WorkerPool;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The test services, for window tests in other packages. */
public final class TestServicesAccess {

    private TestServicesAccess() {
    }

    public static MainServices of(WorkerPool workers, Path home) {
        return TestServices.of(workers, Map.of(), home, List.of());
    }
}
