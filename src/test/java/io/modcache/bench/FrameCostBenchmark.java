package io.modcache.bench;

import io.modcache.cache.CacheScanner;
import io.modcache.concurrent.WorkerPool;
import io.modcache.settings.ViewSettings;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.layout.Region;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * What one full repaint of the main window costs the renderer thread (and the FX thread), after a
 * scan of the benchmark cache: the root's background changes every other pulse, so every pulse
 * after it repaints the whole scene. Measured with the whole window, then without the treemap,
 * then without the tree and the details, to say where the time goes. Run it once with
 * {@code -Dprism.disableRegionCaching=false} (JavaFX's default) to compare.
 * Usage: FrameCostBenchmark CACHE [FRAMES]
 */
public final class FrameCostBenchmark {

    private record Part(String what, String hidden) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<Part> parts = List.of(new Part("the whole window", ""),
                new Part("without the treemap", ".treemap-view"),
                new Part("without the treemap, the tree and the details", ".treemap-view,.tree-table-view,.details-scroll"));
        try (WorkerPool workers = WorkerPool.behindTheUserInterface()) {
            BenchWindow window = BenchWindow.open(workers, new CacheScanner(workers.pool()), ViewSettings.DEFAULT);
            Platform.runLater(() -> window.model.chooseRoot(root));
            BenchWindow.await(() -> window.model.lastScanProperty().get() != null);
            repaint(window, frames); // warms the renderer's and the FX thread's code
            System.out.printf("region backgrounds %s; scene %.0f×%.0f; medians of 5 runs of %d repaints%n",
                    Boolean.getBoolean("prism.disableRegionCaching") ? "drawn directly" : "from JavaFX's cache",
                    window.scene.getWidth(), window.scene.getHeight(), frames);
            System.out.printf("%-50s %14s %14s%n", "renderer / FX thread per full repaint", "renderer", "FX thread");
            for (Part part : parts) {
                show(window, part.hidden(), false);
                List<double[]> runs = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    runs.add(repaint(window, frames));
                }
                show(window, part.hidden(), true);
                System.out.printf("%-50s %11.1f ms %11.1f ms%n", part.what(), median(runs, 0), median(runs, 1));
            }
            Platform.exit();
        }
    }

    private static double median(List<double[]> runs, int i) {
        return runs.stream().mapToDouble(r -> r[i]).sorted().toArray()[runs.size() / 2];
    }

    private static void show(BenchWindow window, String selectors, boolean visible) throws Exception {
        BenchWindow.onFx(() -> {
            for (String s : selectors.split(",")) {
                if (!s.isEmpty()) {
                    window.scene.getRoot().lookupAll(s).forEach(n -> n.setVisible(visible));
                }
            }
            return null;
        });
    }

    /** {renderer ms, FX thread ms} per full repaint, over {@code frames} repaints. */
    private static double[] repaint(BenchWindow window, int frames) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElseThrow();
        Region rootRegion = (Region) window.scene.getRoot();
        CountDownLatch done = new CountDownLatch(1);
        long[] cpu = new long[4];
        int[] pulse = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pulse[0] == 0) {
                    cpu[0] = threads.getThreadCpuTime(renderer);
                    cpu[2] = threads.getCurrentThreadCpuTime();
                }
                if (pulse[0] == frames * 2) {
                    cpu[1] = threads.getThreadCpuTime(renderer);
                    cpu[3] = threads.getCurrentThreadCpuTime();
                    stop();
                    rootRegion.setStyle("");
                    done.countDown();
                    return;
                }
                if (pulse[0] % 2 == 0) { // every other pulse, so that each repaint has a frame of its own
                    rootRegion.setStyle(pulse[0] % 4 == 0 ? "-fx-background-color: #fefefe;" : "-fx-background-color: #fdfdfd;");
                }
                pulse[0]++;
            }
        };
        Platform.runLater(timer::start);
        done.await();
        return new double[] {(cpu[1] - cpu[0]) / 1e6 / frames, (cpu[3] - cpu[2]) / 1e6 / frames};
    }
}
