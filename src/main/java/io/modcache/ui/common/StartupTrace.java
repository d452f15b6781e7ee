package io.modcache.ui.common;

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

    private StartupTrace() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
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
                names.forEach(name -> System.err.println("startup: " + name + " " + since + " ms after the JVM started"));
                names.clear();
            });
            return names;
        });
        pending.add(what);
        Platform.requestNextPulse();
    }
}
