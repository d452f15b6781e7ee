package io.modcache.bench;

import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where the longest gap between two pulses went, for {@code -Dbench.gaps=true}: the FX thread's
 * processor time in it (work, against waiting for a processor or the renderer), the renderer thread's, and the collectors' time and the part spent
 * in the scene's CSS and layout pass (between its pre- and post-layout pulse listeners). All the
 * callbacks run on the FX thread.
 */
final class PulseAnatomy {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Scene scene;
    private final Runnable before = this::beforeLayout;
    private final Runnable after = this::afterLayout;
    private long lastTick;
    private long lastCpu;
    private long layoutStart;
    private long layoutSinceTick;
    private long longest;
    private long longestCpu;
    private long longestLayout;
    private long totalLayout;
    private long firstCpu;
    private long firstRenderCpu;
    private long lastGc;
    private long longestGc;
    private long renderer = -1;
    private long lastRenderCpu;
    private long longestRenderCpu;

    PulseAnatomy(Scene scene) {
        this.scene = scene;
    }

    void start() {
        lastTick = 0;
        longest = 0;
        renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
    }

    void stop() {
        scene.removePreLayoutPulseListener(before);
        scene.removePostLayoutPulseListener(after);
    }

    /** Called from the AnimationTimer, first thing in each pulse. */
    void tick(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long renderCpu = renderer < 0 ? 0 : THREADS.getThreadCpuTime(renderer);
        long gc = gcMillis();
        if (lastTick != 0 && now - lastTick > longest) {
            longest = now - lastTick;
            longestCpu = cpu - lastCpu;
            longestLayout = layoutSinceTick;
            longestRenderCpu = renderCpu - lastRenderCpu;
            longestGc = gc - lastGc;
        }
        if (lastTick == 0) {
            firstCpu = cpu;
            firstRenderCpu = renderCpu;
            totalLayout = 0;
        }
        lastTick = now;
        lastCpu = cpu;
        lastRenderCpu = renderCpu;
        lastGc = gc;
        layoutSinceTick = 0;
    }

    /** Milliseconds the collectors have paused or run, all of them together. */
    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private void beforeLayout() {
        layoutStart = System.nanoTime();
    }

    private void afterLayout() {
        long took = System.nanoTime() - layoutStart;
        layoutSinceTick += took;
        totalLayout += took;
    }

    /** The whole scan: processor time of the FX thread and the renderer, and CSS and layout. */
    String totals() {
        return String.format("FX thread on a processor %.0f ms, CSS and layout %.0f ms, renderer on a processor %.0f ms",
                (lastCpu - firstCpu) / 1e6, totalLayout / 1e6, (lastRenderCpu - firstRenderCpu) / 1e6);
    }

    String describe() {
        return String.format("%.0f ms: FX thread on a processor %.0f ms, CSS and layout %.0f ms, renderer on a processor %.0f ms, "
                + "garbage collection %d ms", longest / 1e6, longestCpu / 1e6, longestLayout / 1e6, longestRenderCpu / 1e6, longestGc);
    }
}
