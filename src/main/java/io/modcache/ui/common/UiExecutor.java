package io.modcache.ui.common;

/**
 * Where view models run their work: long tasks in the background, results on the UI thread.
 * The application uses the shared worker pool and the FX thread; view-model tests run both on the
 * calling thread, so they need no toolkit and no waiting.
 */
public interface UiExecutor {

    void runInBackground(Runnable task);

    void runOnUiThread(Runnable action);

    /** Runs {@code action} on the UI thread after {@code millis}; called on the UI thread. */
    void runOnUiThreadLater(long millis, Runnable action);

    /**
     * Runs {@code action} on the UI thread, and returns once a frame showing its effect was drawn, or
     * after {@code maxMillis} at most; called in the background, by a task that would otherwise take
     * the processors from that frame. Executors without frames just hand the action over.
     */
    default void runOnUiThreadUntilDrawn(Runnable action, long maxMillis) {
        runOnUiThread(action);
    }

    /**
     * Runs everything at once on the calling thread. UI actions still never overlap, as on a real
     * UI thread, even when a background task calls back from several worker threads.
     */
    UiExecutor SAME_THREAD = new UiExecutor() {
        private final Object uiLock = new Object();

        @Override
        public void runInBackground(Runnable task) {
            task.run();
        }

        @Override
        public void runOnUiThread(Runnable action) {
            synchronized (uiLock) {
                action.run();
            }
        }

        @Override
        public void runOnUiThreadLater(long millis, Runnable action) {
            runOnUiThread(action);
        }
    };
}
