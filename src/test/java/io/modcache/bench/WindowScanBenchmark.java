package io.modcache.bench;

import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanListener;
import io.modcache.cache.ScanService;
import io.modcache.clean.FileLocks;
import io.modcache.clean.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.system.GoEnv;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import io.modcache.ui.main.MainServices;
import io.modcache.ui.main.MainViewModel;
import io.modcache.verify.VerificationService;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.median;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * The window's scan against the bare scan of the same cache, in the same JVM: time until the
 * status bar shows the totals, and the longest the FX thread went without a pulse meanwhile
 * (measured with an AnimationTimer). Runs on the headless Monocle platform with the software
 * renderer, as this machine has no GPU. Run it through {@code bench/run.sh}.
 */
public final class WindowScanBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path appDir = java.nio.file.Files.createTempDirectory("window-bench");
        try (WorkerPool workers = new WorkerPool()) {
            CacheScanner scanner = new CacheScanner(workers.pool());
            for (int i = 0; i < 3; i++) {
                scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
            }
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            MainViewModel[] model = new MainViewModel[1];
            Platform.runLater(() -> {
                model[0] = new MainViewModel(new FxUiExecutor(workers), new MainServices(
                        new ScanService(CacheLocator.forThisProcess(() -> GoEnv.NONE), scanner),
                        new VerificationService(workers.pool(), null), new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()),
                        () -> PrivatePatterns.NONE, List::of, new io.modcache.projects.ProjectNeedsResolver(null),
                        MainServices.Stored.inMemory(io.modcache.settings.RuleSettings.DEFAULT),
                        MainServices.Stored.inMemory(io.modcache.settings.ViewSettings.DEFAULT),
                        new io.modcache.history.HistoryStore(appDir), new io.modcache.history.ScanSnapshots(appDir)));
                ModcacheApp.MainWindow.load(model[0], owner -> false).showIn(new Stage());
            });
            List<Double> bare = new ArrayList<>();
            List<Double> window = new ArrayList<>();
            List<Double> gaps = new ArrayList<>();
            for (int i = 0; i < rounds + 1; i++) {
                long t0 = System.nanoTime();
                scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
                double bareTime = (System.nanoTime() - t0) / 1e9;
                double[] result = scanInWindow(model[0], root);
                if (i > 0) { // the first round warms the window's code paths
                    bare.add(bareTime);
                    window.add(result[0]);
                    gaps.add(result[1]);
                }
            }
            double b = median(bare);
            double w = median(window);
            System.out.printf("%-44s %10s %10s%n", "median of " + rounds + " rounds", "time", "vs bare");
            System.out.printf("%-44s %10s %10s%n", "bare scan (same JVM)", f(b), "1.00x");
            System.out.printf("%-44s %10s %10s%n", "scan in the window, until the totals show", f(w), ratio(w, b));
            System.out.printf("%-44s %10s%n", "longest FX thread gap during it (max)", f(gaps.stream().mapToDouble(d -> d).max().orElse(0)));
            System.out.printf("%-44s %10s%n", "longest FX thread gap during it (median)", f(median(gaps)));
            Platform.exit();
        }
    }

    /** {time until the status shows totals, longest gap between pulses}. */
    private static double[] scanInWindow(MainViewModel model, Path root) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] last = {0};
        long[] longest = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    longest[0] = Math.max(longest[0], now - last[0]);
                }
                last[0] = now;
            }
        };
        long[] t = new long[2];
        Platform.runLater(() -> {
            model.status().textProperty().addListener((obs, old, text) -> {
                if (text.contains(" modules · ")) {
                    t[1] = System.nanoTime();
                    done.countDown();
                }
            });
            pulses.start();
            t[0] = System.nanoTime();
            model.chooseRoot(root);
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window's scan did not finish in 2 minutes");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            pulses.stop();
            stopped.countDown();
        });
        stopped.await();
        return new double[] {(t[1] - t[0]) / 1e9, longest[0] / 1e9};
    }
}
