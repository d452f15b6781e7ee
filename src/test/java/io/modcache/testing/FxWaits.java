package io.modcache.testing;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Waiting on the FX thread from a tool's main thread (screenshots, benchmarks): run something
 * there, wait for rendered pulses, or wait until a condition holds, checked once per pulse, so
 * the wait follows the window instead of guessing a number of milliseconds.
 */
public final class FxWaits {

    private FxWaits() {
    }

    /** Something to run on the FX thread. */
    @FunctionalInterface
    public interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code call} on the FX thread and gives its result. */
    public static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Returns after {@code n} pulses, each with its CSS, layout and rendering, have run. */
    public static void pulses(int n) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(n);
        AnimationTimer[] timer = new AnimationTimer[1];
        Platform.runLater(() -> {
            timer[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    latch.countDown();
                    if (latch.getCount() == 0) {
                        stop();
                    }
                }
            };
            timer[0].start();
        });
        if (!latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(n + " pulses did not come in a minute");
        }
    }

    /** Returns once {@code onFxThread} holds, checked on the FX thread after each pulse. */
    public static void until(BooleanSupplier onFxThread, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!onFx(onFxThread::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout);
            }
            pulses(1);
        }
    }
}
