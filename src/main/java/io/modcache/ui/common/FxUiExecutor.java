package io.modcache.ui.common;

import io.modcache.concurrent.WorkerPool;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/** Background work on the application's worker pool; UI work on the JavaFX application thread. */
public final class FxUiExecutor implements UiExecutor {

    private final WorkerPool workers;

    public FxUiExecutor(WorkerPool workers) {
        this.workers = workers;
    }

    @Override
    public void runInBackground(Runnable task) {
        workers.pool().execute(task);
    }

    @Override
    public void runOnUiThreadLater(long millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
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
