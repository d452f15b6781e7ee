package io.modcache.concurrent;

/**
 * How many jobs to keep in flight when the best number depends on the storage underneath: on one
 * disk parallel unlinks run three times faster than one at a time, on another three times slower.
 * It learns the number from the throughput (work units, such as files removed, per second) of
 * short windows, by hill climbing. Single windows are noisy (jobs of very different shapes come
 * and go), so every decision is taken on the mean of {@value #WINDOWS_PER_DECISION} windows:
 *
 * <ul>
 * <li>Start at {@link #START} in flight, measure, and move one step up.</li>
 * <li>After a step, a measurement at least 5% ({@link #GAIN}) better than before it keeps going
 *     the same way; one at least 8% ({@link #LOSS}) worse undoes the step and turns round; in
 *     between the step is kept and the limit held.</li>
 * <li>While holding, after {@value #PROBE_EVERY} measurements it probes one step (the way it last
 *     turned to), against the typical throughput held (a moving average), so it finds better
 *     states, including one at a time; each probe that fails doubles the wait before the next
 *     (up to {@value #PROBE_MAX}), so a settled limit costs little; two measurements in a row 40%
 *     ({@link #DROP}) below that
 *     average halve the limit: conditions changed, and fewer jobs contend less (multiplicative
 *     decrease).</li>
 * </ul>
 *
 * The limit stays between 1 and the cap. Windows without progress are ignored. Not thread-safe:
 * one dispatcher drives it.
 */
public final class AdaptiveConcurrency {

    static final int START = 2;
    static final int WINDOWS_PER_DECISION = 2;
    static final double GAIN = 0.05;
    static final double LOSS = 0.08;
    static final double DROP = 0.40;
    static final int PROBE_EVERY = 4;
    static final int PROBE_MAX = 32;

    private enum Phase { FIRST, STEPPED, HOLDING }

    private final int cap;
    private int limit;
    private int direction = 1;
    private Phase phase = Phase.FIRST;
    private double base;
    private double typical;
    private int held;
    private int probeEvery = PROBE_EVERY;
    private boolean probing;
    private int drops;
    private double sum;
    private int windows;

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
        sum += throughput;
        if (++windows < WINDOWS_PER_DECISION) {
            return;
        }
        double measured = sum / windows;
        sum = 0;
        windows = 0;
        decide(measured);
    }

    private void decide(double measured) {
        switch (phase) {
            case FIRST -> {
                base = measured;
                step();
            }
            case STEPPED -> {
                if (measured >= base * (1 + GAIN)) {
                    base = measured;
                    probeEvery = PROBE_EVERY;
                    step();
                } else if (measured <= base * (1 - LOSS)) {
                    limit -= direction;
                    direction = -direction;
                    if (probing) {
                        probeEvery = Math.min(PROBE_MAX, probeEvery * 2);
                    }
                    hold(base);
                } else {
                    hold(Math.max(base, measured));
                }
            }
            case HOLDING -> {
                if (measured <= typical * (1 - DROP)) {
                    if (++drops >= 2) {
                        // a new normal: fewer jobs if there are any to drop, and probing starts afresh
                        limit = Math.max(1, limit / 2);
                        direction = 1;
                        probeEvery = PROBE_EVERY;
                        hold(measured);
                    }
                    return;
                }
                drops = 0;
                typical = 0.7 * typical + 0.3 * measured;
                if (++held >= probeEvery) {
                    base = typical;
                    probing = true;
                    step();
                }
            }
        }
    }

    /** Moves one step in the current direction, turning round at a bound; holds where neither way is open. */
    private void step() {
        if (!inRange(limit + direction)) {
            direction = -direction;
        }
        if (!inRange(limit + direction)) {
            hold(base);
            return;
        }
        limit += direction;
        phase = Phase.STEPPED;
    }

    private boolean inRange(int n) {
        return n >= 1 && n <= cap;
    }

    private void hold(double reference) {
        phase = Phase.HOLDING;
        probing = false;
        typical = reference;
        held = 0;
        drops = 0;
    }
}
