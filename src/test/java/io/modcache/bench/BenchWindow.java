package io.modcache.bench;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanService;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.settings.RuleSettings;
import io.modcache.settings.ViewSettings;
import io.modcache.system.GoEnv;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import io.modcache.ui.main.MainServices;
import io.modcache.ui.main.MainViewModel;
import io.modcache.verify.VerificationService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The real main window for window benchmarks: the app's services on a worker pool, the toolkit started headless. */
final class BenchWindow {

    final MainViewModel model;
    final Scene scene;

    private BenchWindow(MainViewModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
    }

    static BenchWindow open(WorkerPool workers, CacheScanner scanner, ViewSettings view) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        io.modcache.ui.common.RenderingOptions.beforeToolkit();
        Platform.startup(started::countDown);
        started.await();
        Path app = Files.createTempDirectory("bench-window");
        // its saved scans and history are the benchmark's own: gone when it ends (each run left one folder behind)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(app)));
        return onFx(() -> {
            MainViewModel m = new MainViewModel(new FxUiExecutor(workers), new MainServices(
                    new ScanService(CacheLocator.forThisProcess(() -> GoEnv.NONE), scanner),
                    new VerificationService(workers.pool(), null), new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()),
                    () -> PrivatePatterns.NONE, List::of, new ProjectNeedsResolver(null),
                    MainServices.Stored.inMemory(RuleSettings.DEFAULT), MainServices.Stored.inMemory(view),
                    new HistoryStore(app), new ScanSnapshots(app)));
            Stage stage = new Stage();
            ModcacheApp.MainWindow window = ModcacheApp.MainWindow.load(m, owner -> false);
            window.showIn(stage);
            return new BenchWindow(m, window.scene());
        });
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }

    static <T> T onFx(Supplier<T> action) throws Exception {
        return io.modcache.testing.FxWaits.onFx(action::get);
    }

    static void await(BooleanSupplier onFxThread) throws Exception {
        io.modcache.testing.FxWaits.until(onFxThread, java.time.Duration.ofMinutes(2));
    }
}
