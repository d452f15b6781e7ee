package io.modcache.concurrent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The hill climber against disks that reward parallel deletion, punish it, or change their mind. */
class AdaptiveConcurrencyTest {

    /** The limits it chooses over {@code windows} windows on a disk with this throughput per limit. */
    private static List<Integer> run(AdaptiveConcurrency c, IntToDoubleFunction disk, int windows) {
        List<Integer> limits = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            c.windowEnded(disk.applyAsDouble(c.limit()));
            limits.add(c.limit());
        }
        return limits;
    }

    private static double share(List<Integer> limits, int from, int value) {
        List<Integer> tail = limits.subList(from, limits.size());
        return tail.stream().filter(l -> l == value).count() / (double) tail.size();
    }

    @Test
    void climbsToWhereParallelStopsPaying() {
        double[] byLimit = {0, 100, 180, 240, 280, 262, 230, 200, 180, 160};
        List<Integer> limits = run(new AdaptiveConcurrency(8), n -> byLimit[n], 300);
        assertThat(share(limits, 30, 4) + share(limits, 30, 5)).as("at 4, or 5 (within 7% of it): " + limits).isGreaterThan(0.85);
    }

    @Test
    void goesDownToOneWhereParallelUnlinksAreSlower() {
        List<Integer> limits = run(new AdaptiveConcurrency(8), n -> 300.0 / n, 300);
        assertThat(share(limits, 50, 1)).as("mostly at 1, probing ever less often: " + limits).isGreaterThan(0.85);
    }

    @Test
    void neverLeavesOneToTheCap() {
        List<Integer> limits = run(new AdaptiveConcurrency(6), n -> 100.0 * n, 100);
        assertThat(limits).allMatch(l -> l >= 1 && l <= 6);
        assertThat(limits.get(limits.size() - 1)).isEqualTo(6);
        assertThat(run(new AdaptiveConcurrency(1), n -> 100.0, 20)).containsOnly(1);
    }

    @Test
    void backsOffWhenTheDiskGetsBusyAndClimbsAgainLater() {
        AdaptiveConcurrency c = new AdaptiveConcurrency(8);
        run(c, n -> 100.0 * n, 40);
        assertThat(c.limit()).isEqualTo(8);
        run(c, n -> 400.0 / n, 6);
        assertThat(c.limit()).as("a sudden drop halves the limit").isLessThanOrEqualTo(4);
        List<Integer> later = run(c, n -> 400.0 / n, 150);
        assertThat(share(later, 50, 1)).isGreaterThan(0.8);
        List<Integer> recovered = run(c, n -> 100.0 * n, 400);
        assertThat(recovered.get(recovered.size() - 1)).as("found the better state again").isEqualTo(8);
    }

    @Test
    void settlesDespiteNoisyWindows() {
        java.util.Random noise = new java.util.Random(42);
        double[] byLimit = {0, 100, 170, 200, 190, 170, 150, 130, 120};
        List<Integer> limits = run(new AdaptiveConcurrency(8), n -> byLimit[n] * (0.92 + 0.16 * noise.nextDouble()), 400);
        assertThat(share(limits, 50, 3) + share(limits, 50, 4)).as("near the best: " + limits).isGreaterThan(0.7);
        assertThat(share(limits, 50, 1)).isLessThan(0.1);
    }

    @Test
    void windowsWithoutProgressChangeNothing() {
        AdaptiveConcurrency c = new AdaptiveConcurrency(8);
        int before = c.limit();
        c.windowEnded(0);
        c.windowEnded(0);
        assertThat(c.limit()).isEqualTo(before);
    }
}
