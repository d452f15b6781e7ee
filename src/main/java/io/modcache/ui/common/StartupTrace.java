package io.modcache.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code -Dmodcache.trace.startup=true}, prints to standard error how long after the JVM
 * started the window first painted something worth seeing: the benchmarks' measure of "opens
 * instantly". Costs nothing otherwise.
 */
public final class StartupTrace {

    public static final String PROPERTY = "modcache.trace.startup";
    /** With this also true, the app quits once the fresh scan is shown: a training run for the packaged app's AOT cache. */
    public static final String QUIT_PROPERTY = "modcache.trace.quitWhenScanned";
    static final String FRESH_SCAN_SHOWN = "fresh scan shown";

    private StartupTrace() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Hears every frame from now until the fresh scan is shown, for the longest time between two; FX thread only. */
    private static AnimationTimer frames;
    private static long lastFrame;
    private static long longestGap;
    private static long longestGapEnd;

    /**
     * Starts timing the frames while the fresh scan comes in, from the first frame that shows the last
     * scan (which is the window's first frame when the scan was read in time).
     */
    public static void watchFrames(Scene scene) {
        if (!enabled() || frames != null) {
            return;
        }
        FirstFrame.then(scene, StartupTrace::startFrames);
    }

    private static void startFrames() {
        lastFrame = 0;
        longestGap = 0;
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastFrame != 0 && now - lastFrame > longestGap) {
                    longestGap = now - lastFrame;
                    longestGapEnd = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                }
                lastFrame = now;
            }
        };
        frames.start();
    }

    /** Marks the fresh scan shown, which ends a training run (see {@link #QUIT_PROPERTY}), and says the longest gap between frames. */
    public static void freshScanShown(Scene scene) {
        if (frames != null) {
            frames.stop();
            System.err.println("startup: longest frame gap " + longestGap / 1_000_000 + " ms while the fresh scan came in, ending "
                    + longestGapEnd + " ms after the JVM started");
            frames = null;
        }
        afterNextPulse(scene, FRESH_SCAN_SHOWN);
    }

    /** Prints {@code what} now, with the time since the JVM started (for what happens off the FX thread). */
    public static void now(String what) {
        if (enabled()) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup: " + what + " " + since + " ms after the JVM started");
        }
    }

    /** After the next pulse of {@code scene} has laid it out, prints {@code what} with the time since the JVM started. */
    public static void afterNextPulse(Scene scene, String what) {
        if (!enabled() || scene == null) {
            return;
        }
        // one listener per scene prints everything pending: a listener removing itself mid-pulse could hide another
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) scene.getProperties().computeIfAbsent(StartupTrace.class, k -> {
            List<String> names = new ArrayList<>();
            scene.addPostLayoutPulseListener(() -> {
                long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                // the FX thread's own processor time: a steadier measure of its work than the wall clock on a busy host
                long busy = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                names.forEach(name -> System.err.println("startup: " + name + " " + since + " ms after the JVM started (FX thread busy " + busy + " ms)"));
                boolean quit = names.contains(FRESH_SCAN_SHOWN) && Boolean.getBoolean(QUIT_PROPERTY);
                names.clear();
                if (quit) {
                    Platform.runLater(Platform::exit);
                }
            });
            return names;
        });
        pending.add(what);
        Platform.requestNextPulse();
    }
}
