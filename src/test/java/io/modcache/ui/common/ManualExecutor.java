package io.modcache.ui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A UI executor whose background tasks and UI actions wait until the test runs them, in the order
 * it chooses: so a test can make a late result arrive after a newer one, as a slow disk would.
 */
public final class ManualExecutor implements UiExecutor {

    private final List<Runnable> background = new ArrayList<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private int handedUntilDrawn;

    @Override
    public synchronized void runInBackground(Runnable task) {
        background.add(task);
    }

    @Override
    public synchronized void runOnUiThread(Runnable action) {
        ui.add(action);
    }

    @Override
    public synchronized void runOnUiThreadLater(long millis, Runnable action) {
        ui.add(action);
    }

    /** Queued like any UI action (a test has no frames to wait for), and counted. */
    @Override
    public synchronized void runOnUiThreadUntilDrawn(Runnable action, long maxMillis) {
        handedUntilDrawn++;
        ui.add(action);
    }

    /** How many UI actions a background task handed over to wait until a frame showed them. */
    public synchronized int handedUntilDrawn() {
        return handedUntilDrawn;
    }

    public synchronized int pendingBackground() {
        return background.size();
    }

    /** Runs the {@code index}-th background task still waiting (0 is the oldest). */
    public void runBackground(int index) {
        Runnable task;
        synchronized (this) {
            task = background.remove(index);
        }
        task.run();
    }

    /** Runs the oldest waiting UI action; false when none waits. */
    public boolean runNextUi() {
        Runnable next;
        synchronized (this) {
            next = ui.poll();
        }
        return runIfAny(next);
    }

    /** Runs the newest waiting UI action, ahead of older ones, as a hand-over the UI thread put off would fall behind it; false when none waits. */
    public boolean runNewestUi() {
        Runnable newest;
        synchronized (this) {
            newest = ui.pollLast();
        }
        return runIfAny(newest);
    }

    private static boolean runIfAny(Runnable action) {
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    /** Runs every waiting UI action, and those they post, in order. */
    public void drainUi() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = ui.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
