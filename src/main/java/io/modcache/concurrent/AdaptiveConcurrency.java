package io.modcache.concurrent;

/**
 * How many jobs to keep in flight when the best number depends on the storage underneath: on one
 * disk parallel unlinks run three times faster than one at a time, on another three times slower.
 * It learns the number from the throughput (work units, such as files removed, per second) of
 * short windows, by hill climbing:
 *
 * <ul>
 * <li>Start at {@link #START} in flight and move one step up.</li>
 * <li>After a step, a window at least 5% ({@link #GAIN}) better than the one before keeps going the
 *     same way; one at least 5% ({@link #LOSS}) worse undoes the step; in between the step is kept
 *     and the limit held. (Deciding on a tie costs little either way; undoing every step that
 *     did not clearly pay kept it well below where parallel unlinks still paid.)</li>
 * <li>While holding, every {@value #PROBE_EVERY} windows it probes one step the other way than the
 *     last failed step (so it also finds that one at a time is best), against the typical
 *     throughput of the held windows (a moving average); a window 30% ({@link #DROP}) below that
 *     average halves the limit: conditions changed, and fewer jobs contend less (multiplicative
 *     decrease).</li>
 * </ul>
 *
 * The limit stays between 1 and the cap. Windows without progress (every job busy in one large
 * folder) are ignored. Not thread-safe: one dispatcher drives it.
 */
public final class AdaptiveConcurrency {

    static final int START = 2;
    static final double GAIN = 0.05;
    static final double LOSS = 0.05;
    static final double DROP = 0.30;
    static final int PROBE_EVERY = 8;

    private final int cap;
    private int limit;
    private int direction = 1;
    private boolean stepping;
    private double previous = -1;
    private double typical;
    private int held;

    /** @param cap the most jobs ever in flight (at least 1) */
    public AdaptiveConcurrency(int cap) {
        this.cap = Math.max(1, cap);
        this.limit = Math.min(START, this.cap);
    }

    /** How many jobs may be in flight now. */
    public int limit() {
        return limit;
    }

    /** Feeds the throughput of the window that just ended (units per second); may change {@link #limit()}. */
    public void windowEnded(double throughput) {
        if (throughput <= 0) {
            return;
        }
        if (previous < 0) {
            previous = throughput;
            step();
            return;
        }
        if (stepping) {
            if (throughput >= previous * (1 + GAIN)) {
                previous = throughput;
                step();
            } else if (throughput <= previous * (1 - LOSS)) {
                limit -= direction;
                direction = -direction;
                hold(previous);
            } else {
                hold(Math.max(previous, throughput));
            }
            return;
        }
        if (throughput <= typical * (1 - DROP)) {
            if (limit > 1) {
                limit = Math.max(1, limit / 2);
                direction = 1;
            }
            hold(throughput);
        } else {
            typical = 0.7 * typical + 0.3 * throughput;
            if (++held >= PROBE_EVERY) {
                previous = typical;
                step();
            }
        }
    }

    /** Moves one step in the current direction, turning round at a bound; holds where neither way is open. */
    private void step() {
        if (!inRange(limit + direction)) {
            direction = -direction;
        }
        if (!inRange(limit + direction)) {
            hold(previous);
            return;
        }
        limit += direction;
        stepping = true;
    }

    private boolean inRange(int n) {
        return n >= 1 && n <= cap;
    }

    private void hold(double reference) {
        stepping = false;
        typical = reference;
        held = 0;
    }
}
