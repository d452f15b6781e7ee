package io.modcache.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A background task for a view model, built in one place for every flow (scan, verification,
 * planning, deletion, export): the work runs on the executor's background side with a
 * cancellation token, and exactly one outcome is reported on the UI thread (success, the first
 * matching failure handler, or cancellation), and only while its {@link TaskSlot.Ticket} is
 * current: a superseded task reports nothing. What the work hands to the UI thread through
 * {@code ticket.gate(...)} arrives only until the outcome is reported: handlers flush their
 * {@link UiBatcher}s first, and a hand-over the UI thread put off until after the outcome is dropped.
 *
 * <pre>{@code
 * UiTask.of(executor, ticket -> planner.plan(..., ticket.token()))
 *       .in(planSlot)
 *       .onSuccess(this::showPlan)
 *       .onFailure(IOException.class, e -> show("Cannot plan: " + e.getMessage()))
 *       .start();
 * }</pre>
 */
public final class UiTask<T> {

    /**
     * The work. It checks {@code ticket.token()} per directory or file (throwing
     * CancellationException when asked to stop), and gates what it hands to the UI thread on its
     * way with {@code ticket.gate(...)}, so batches of a superseded task are dropped too.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskSlot.Ticket ticket) throws Exception;
    }

    private record Handler<E extends Exception>(Class<E> type, Consumer<? super E> action) {
        boolean handle(Exception e) {
            if (!type.isInstance(e)) {
                return false;
            }
            action.accept(type.cast(e));
            return true;
        }
    }

    private static final System.Logger LOG = System.getLogger(UiTask.class.getName());

    private final UiExecutor executor;
    private final Work<T> work;
    private TaskSlot slot = new TaskSlot();
    private Consumer<? super T> onSuccess = value -> { };
    private final List<Handler<?>> onFailure = new ArrayList<>();
    private Runnable onCancelled = () -> { };
    private Runnable onDone = () -> { };

    private UiTask(UiExecutor executor, Work<T> work) {
        this.executor = executor;
        this.work = work;
    }

    public static <T> UiTask<T> of(UiExecutor executor, Work<T> work) {
        return new UiTask<>(executor, work);
    }

    /** Runs as the latest task of {@code slot}, superseding the one before. */
    public UiTask<T> in(TaskSlot latestOnly) {
        this.slot = latestOnly;
        return this;
    }

    public UiTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Handles failures of {@code type}; handlers are tried in the order they were added. */
    public <E extends Exception> UiTask<T> onFailure(Class<E> type, Consumer<? super E> action) {
        onFailure.add(new Handler<>(type, action));
        return this;
    }

    public UiTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** After any outcome, while still current (e.g. to clear a busy flag). */
    public UiTask<T> whenDone(Runnable action) {
        this.onDone = action;
        return this;
    }

    /** Starts the task; call on the UI thread. */
    public TaskSlot.Ticket start() {
        TaskSlot.Ticket ticket = slot.begin();
        executor.runInBackground(() -> {
            Runnable outcome;
            try {
                T value = work.run(ticket);
                outcome = () -> onSuccess.accept(value);
            } catch (CancellationException e) {
                outcome = onCancelled;
            } catch (Exception e) {
                outcome = () -> fail(e);
            }
            Runnable report = outcome;
            executor.runOnUiThread(() -> {
                if (ticket.isCurrent()) {
                    try {
                        report.run();
                    } finally {
                        ticket.reported();
                        onDone.run();
                    }
                }
            });
        });
        return ticket;
    }

    private void fail(Exception e) {
        for (Handler<?> h : onFailure) {
            if (h.handle(e)) {
                return;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "background task failed with no handler for it", e);
    }
}
