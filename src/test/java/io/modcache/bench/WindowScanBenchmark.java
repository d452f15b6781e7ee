package io.modcache.bench;

import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.settings.ViewSettings;
import io.modcache.ui.main.MainViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.modcache.bench.BenchSupport.f;
import static io.modcache.bench.BenchSupport.median;
import static io.modcache.bench.BenchSupport.ratio;

/**
 * The window's scan, with the tree and the treemap both on show, against the bare scan of the
 * same cache in the same JVM: time until the status bar shows the totals, and the longest the FX
 * thread went without a pulse meanwhile (an AnimationTimer hears every pulse). Two cases: opening
 * (an empty window shows the last saved scan, then the fresh scan replaces it row by row), and a
 * rescan with the rows on show (refreshed in place). Headless Monocle, software renderer. Run it through {@code bench/run.sh}.
 */
public final class WindowScanBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // the window's own pool (workers behind the FX thread), or "normal" priority to compare
        boolean normal = args.length > 2 && args[2].equals("normal");
        System.out.println("workers: " + (normal ? "normal priority" : "nice " + WorkerPool.BACKGROUND_NICE + ", as in the window"));
        try (WorkerPool workers = normal ? new WorkerPool() : WorkerPool.behindTheUserInterface()) {
            CacheScanner scanner = new CacheScanner(workers.pool());
            for (int i = 0; i < 3; i++) {
                scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
            }
            BenchWindow window = BenchWindow.open(workers, scanner, ViewSettings.DEFAULT);
            List<Double> bare = new ArrayList<>();
            List<double[]> first = new ArrayList<>();
            List<double[]> again = new ArrayList<>();
            for (int i = 0; i < rounds + 1; i++) {
                long t0 = System.nanoTime();
                scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
                double bareTime = (System.nanoTime() - t0) / 1e9;
                double[] empty = scanInWindow(window, root, true);
                double[] shown = scanInWindow(window, root, false);
                if (i > 0) { // the first round warms the window's code paths
                    bare.add(bareTime);
                    first.add(empty);
                    again.add(shown);
                }
            }
            double b = median(bare);
            System.out.printf("%-52s %10s %10s %14s %14s%n", "median of " + rounds + " rounds", "time", "vs bare",
                    "FX gap max", "FX gap median");
            System.out.printf("%-52s %10s %10s%n", "bare scan (same JVM)", f(b), "1.00x");
            row("window, opening: last scan shown, then replaced", first, b);
            row("window, rescan with the rows on show", again, b);
            Platform.exit();
        }
    }

    private static void row(String what, List<double[]> results, double bare) {
        double time = median(results.stream().map(r -> r[0]).toList());
        List<Double> gaps = results.stream().map(r -> r[1]).toList();
        System.out.printf("%-52s %10s %10s %14s %14s%n", what, f(time), ratio(time, bare),
                f(gaps.stream().mapToDouble(d -> d).max().orElse(0)), f(median(gaps)));
    }

    /** {time until the status shows totals, longest gap between pulses}; {@code empty} clears the window first. */
    private static double[] scanInWindow(BenchWindow window, Path root, boolean empty) throws Exception {
        MainViewModel model = window.model;
        PulseAnatomy anatomy = new PulseAnatomy(window.scene);
        if (empty) {
            BenchWindow.onFx(() -> {
                model.cache().clear();
                return null;
            });
        }
        CountDownLatch done = new CountDownLatch(1);
        long[] last = {0};
        long[] longest = {0};
        long[] at = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0 && now - last[0] > longest[0]) {
                    longest[0] = now - last[0];
                    at[0] = now;
                }
                last[0] = now;
                anatomy.tick(now);
            }
        };
        long[] t = new long[2];
        ChangeListener<CacheScan> finished = (obs, old, scan) -> {
            if (scan != null) {
                t[1] = System.nanoTime();
                done.countDown();
            }
        };
        Platform.runLater(() -> {
            model.lastScanProperty().addListener(finished);
            pulses.start();
            anatomy.start();
            t[0] = System.nanoTime();
            model.chooseRoot(root);
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window's scan did not finish in 2 minutes");
        }
        BenchWindow.onFx(() -> {
            pulses.stop();
            anatomy.stop();
            model.lastScanProperty().removeListener(finished);
            return null;
        });
        if (Boolean.getBoolean("bench.gaps")) {
            System.out.printf("  longest gap %.0f ms ending at %.0f ms of %.0f ms (scan started at epoch ms %d)%n", longest[0] / 1e6,
                    (at[0] - t[0]) / 1e6, (t[1] - t[0]) / 1e6, System.currentTimeMillis() - (System.nanoTime() - t[0]) / 1_000_000);
            System.out.println("    that gap " + anatomy.describe());
            System.out.println("    the whole scan: " + anatomy.totals());
        }
        return new double[] {(t[1] - t[0]) / 1e9, longest[0] / 1e9};
    }
}
