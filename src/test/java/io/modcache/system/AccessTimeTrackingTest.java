package io.modcache.system;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether access times are recorded under the cache, from a mountinfo file's text. */
class AccessTimeTrackingTest {

    private static final String MOUNTINFO = """
            22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
            35 22 8:2 / /home rw,noatime shared:2 - ext4 /dev/sda2 rw
            36 35 8:3 / /home/u/fast\\040disk rw,relatime - ext4 /dev/sda3 rw
            37 22 0:5 / /home2 rw,nosuid - tmpfs tmpfs rw
            """;

    @Test
    void theLongestMountPointDecides() {
        AccessTimeTracking home = AccessTimeTracking.fromMountInfo(MOUNTINFO, Path.of("/home/u/go/pkg/mod"));
        assertThat(home.tracked()).isFalse();
        assertThat(home.detail()).isEqualTo("/home is mounted rw,noatime");

        assertThat(AccessTimeTracking.fromMountInfo(MOUNTINFO, Path.of("/home/u/fast disk/mod")).tracked()).isTrue();
        assertThat(AccessTimeTracking.fromMountInfo(MOUNTINFO, Path.of("/var/cache/mod")).tracked()).isTrue();
        assertThat(AccessTimeTracking.fromMountInfo(MOUNTINFO, Path.of("/home2/mod")).detail())
                .as("a path element is not a string prefix").isEqualTo("/home2 is mounted rw,nosuid");
    }

    @Test
    void nothingKnownIsAssumedTracked() {
        assertThat(AccessTimeTracking.fromMountInfo("", Path.of("/x"))).isEqualTo(AccessTimeTracking.ASSUMED);
    }
}
