package io.modcache.ui.common;

import io.modcache.concurrent.CancellationToken;

import java.util.function.Consumer;

/**
 * Where "latest only" tasks run: beginning a task in a slot supersedes (and cancels) the one
 * before it, whose results, batches and failures are then dropped on arrival, so a stale result
 * never overwrites a newer one. Used on the UI thread.
 */
public final class TaskSlot {

    private Ticket current;

    /** Supersedes the current task, if any, and returns the ticket of a new one. */
    public Ticket begin() {
        if (current != null) {
            current.token.cancel();
        }
        current = new Ticket(this);
        return current;
    }

    /** Asks the current task to stop; it stays current, so it still reports how it ended. */
    public void cancel() {
        if (current != null) {
            current.token.cancel();
        }
    }

    /** Supersedes the current task without starting another: nothing it reports arrives any more. */
    public void supersede() {
        if (current != null) {
            current.token.cancel();
            current = null;
        }
    }

    /** One task's claim on a slot. */
    public static final class Ticket {
        private final TaskSlot slot;
        private final CancellationToken token = new CancellationToken();
        private boolean reported;

        private Ticket(TaskSlot slot) {
            this.slot = slot;
        }

        public CancellationToken token() {
            return token;
        }

        /** Whether no newer task began in the slot since this one; check it on the UI thread. */
        public boolean isCurrent() {
            return slot.current == this;
        }

        /** Marks the task's outcome reported (on the UI thread): what it handed over and the UI thread put off arrives no more. */
        void reported() {
            reported = true;
        }

        private boolean open() {
            return isCurrent() && !reported;
        }

        /** {@code action}, run only while this ticket is current and its outcome not yet reported. */
        public Runnable gate(Runnable action) {
            return () -> {
                if (open()) {
                    action.run();
                }
            };
        }

        /**
         * {@code consumer}, called only while this ticket is current and its outcome not yet reported
         * (for batches reaching the UI thread: a task flushes its batches as it reports, so a batch
         * arriving after that would only undo what the outcome showed).
         */
        public <T> Consumer<T> gate(Consumer<T> consumer) {
            return value -> {
                if (open()) {
                    consumer.accept(value);
                }
            };
        }
    }
}
