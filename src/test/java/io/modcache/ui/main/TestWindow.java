package io.modcache.ui.main;

import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeoutException;

/** The real main window on a test's stage, scanning a cache, with a pool of its own: for window tests in any package. */
public final class TestWindow implements AutoCloseable {

    private final WorkerPool workers;
    private final MainViewModel model;
    private final AtomicInteger projectsOpened;

    private TestWindow(WorkerPool workers, MainViewModel model, AtomicInteger projectsOpened) {
        this.workers = workers;
        this.model = model;
        this.projectsOpened = projectsOpened;
    }

    /** Shows the window on {@code stage} (settings and data under {@code home}) and starts the scan of {@code cache}. */
    public static TestWindow show(Stage stage, Path home, Path cache) {
        WorkerPool workers = new WorkerPool(2);
        MainViewModel model = new MainViewModel(new FxUiExecutor(workers), TestServicesAccess.of(workers, home));
        AtomicInteger projectsOpened = new AtomicInteger();
        ModcacheApp.MainWindow.load(model, owner -> {
            projectsOpened.incrementAndGet();
            return false;
        }).showIn(stage);
        model.chooseRoot(cache);
        return new TestWindow(workers, model, projectsOpened);
    }

    /** How many times the Projects dialog was asked for (it is not shown: the user would cancel it). */
    public int projectsOpened() {
        return projectsOpened.get();
    }

    public MainViewModel model() {
        return model;
    }

    /** Waits until the scan is done and nothing else runs. */
    public void awaitScan() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.lastScanProperty().get() != null && !model.busyProperty().get());
    }

    @Override
    public void close() {
        workers.close();
    }
}
