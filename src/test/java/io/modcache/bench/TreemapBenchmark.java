package io.modcache.bench;

import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.ScanListener;
import io.modcache.concurrent.CancellationToken;
import io.modcache.concurrent.WorkerPool;
import io.modcache.settings.ViewSettings;
import io.modcache.ui.treemap.CushionRenderer;
import io.modcache.ui.treemap.SquarifiedLayout;
import io.modcache.ui.treemap.TreemapLayout;
import io.modcache.ui.treemap.TreemapNode;
import io.modcache.ui.treemap.TreemapView;
import io.modcache.ui.treemap.TreemapViewModel;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static io.modcache.bench.BenchSupport.median;

/**
 * The treemap on the benchmark cache: layout and cushion shading of every version (off the FX
 * thread, as the window does it), the FX thread's cost of a full redraw, and the frame interval
 * while the map is redrawn every frame, against the idle frame interval, on the headless software
 * renderer. Run it through {@code bench/run.sh}.
 */
public final class TreemapBenchmark {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (WorkerPool workers = new WorkerPool()) {
            CacheScanner scanner = new CacheScanner(workers.pool());
            CacheScan scan = scanner.scan(root, ScanListener.NONE, CancellationToken.NONE);
            TreemapNode<Object> tree = tree(scan);
            System.out.printf("%,d versions of %,d modules%n", scan.versionCount(), scan.modules().size());
            for (int[] size : new int[][] {{1180, 300}, {1920, 600}}) {
                List<Double> layout = new ArrayList<>();
                List<Double> shade = new ArrayList<>();
                for (int i = 0; i < rounds + 10; i++) {
                    long t0 = System.nanoTime();
                    TreemapLayout<Object> l = SquarifiedLayout.layout(tree, size[0], size[1], TreemapViewModel.OPTIONS);
                    long t1 = System.nanoTime();
                    CushionRenderer.render(l, size[0], size[1]);
                    long t2 = System.nanoTime();
                    if (i >= 10) {
                        layout.add((t1 - t0) / 1e6);
                        shade.add((t2 - t1) / 1e6);
                    }
                }
                System.out.printf("%-52s %8.1f ms  (target 20 ms)%n", "layout, " + size[0] + "×" + size[1] + " (median)", median(layout));
                System.out.printf("%-52s %8.1f ms%n", "cushion shading, " + size[0] + "×" + size[1] + " (median)", median(shade));
            }
            BenchWindow window = BenchWindow.open(workers, scanner, ViewSettings.DEFAULT);
            BenchWindow.onFx(() -> {
                window.model.chooseRoot(root);
                return null;
            });
            BenchWindow.await(() -> window.model.lastScanProperty().get() != null && !window.model.busyProperty().get()
                    && window.model.treemap().renderedProperty().get() != null);
            io.modcache.testing.FxWaits.pulses(30); // the last redraws after the scan settle
            TreemapView view = BenchWindow.onFx(() -> (TreemapView) window.scene.lookup("#treemap"));
            List<Double> draws = BenchWindow.onFx(() -> {
                List<Double> out = new ArrayList<>();
                for (int i = 0; i < rounds + 10; i++) {
                    long t0 = System.nanoTime();
                    view.draw();
                    if (i >= 10) {
                        out.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                return out;
            });
            System.out.printf("%-52s %8.1f ms  (%.0f×%.0f map)%n", "full redraw on the FX thread (median)", median(draws),
                    view.getWidth(), view.getHeight());
            double idle = frames(null);
            double busy = frames(view);
            System.out.printf("%-52s %8.1f ms%n", "frame interval, idle (median)", idle);
            System.out.printf("%-52s %8.1f ms  (target 16 ms)%n", "frame interval, redrawn every frame (median)", busy);
            Platform.exit();
        }
    }

    /** Median interval between pulses over two seconds, redrawing {@code view} in each (null: idle). */
    private static double frames(TreemapView view) throws InterruptedException {
        List<Double> gaps = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] last = {0};
        long[] start = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) {
                    gaps.add((now - last[0]) / 1e6);
                } else {
                    start[0] = now;
                }
                last[0] = now;
                if (view != null) {
                    view.draw();
                }
                if (now - start[0] > 2_000_000_000L) {
                    stop();
                    done.countDown();
                }
            }
        };
        Platform.runLater(timer::start);
        done.await();
        return median(gaps);
    }

    private static TreemapNode<Object> tree(CacheScan scan) {
        List<TreemapNode<Object>> modules = new ArrayList<>();
        for (CacheModule m : scan.modules()) {
            List<TreemapNode<Object>> versions = new ArrayList<>();
            for (ModuleVersion v : m.versions()) {
                versions.add(TreemapNode.leaf(v.id(), v.version(), v.bytes(), 0xfffdbf5a));
            }
            modules.add(TreemapNode.group(m.path(), m.path(), 0xff3c4043, versions));
        }
        return TreemapNode.group(null, "", 0, modules);
    }
}
