package io.modcache.ui.common;

import io.modcache.concurrent.WorkerPool;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/** Background work on the application's worker pool; UI work on the JavaFX application thread. */
public final class FxUiExecutor implements UiExecutor {

    private final WorkerPool workers;

    public FxUiExecutor(WorkerPool workers) {
        this.workers = workers;
    }

    /** Work asked for after the pool was shut down (a timer that fires as the window closes) is dropped. */
    @Override
    public void runInBackground(Runnable task) {
        if (!workers.pool().isShutdown()) {
            try {
                workers.pool().execute(task);
            } catch (RejectedExecutionException e) {
                // shut down between the check and the call: the application is stopping
            }
        }
    }

    @Override
    public void runOnUiThreadLater(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }

    @Override
    public void runOnUiThreadUntilDrawn(Runnable action, long maxMillis) {
        CountDownLatch drawn = new CountDownLatch(1);
        Platform.runLater(() -> {
            action.run();
            // an animation timer hears every pulse; by its second, the first one's frame is drawn
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        drawn.countDown();
                    }
                }
            }.start();
        });
        try {
            drawn.await(maxMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
