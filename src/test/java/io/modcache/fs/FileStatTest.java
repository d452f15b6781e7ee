package io.modcache.fs;

import org.junit.jupiter.api.Test;

import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FileStatTest {

    /**
     * The numbers a scan reads (computed without a FileTime) are those of the FileTimes the same
     * stat hands out, which FolderWalkParityTest holds to the JDK's on real files.
     */
    @Test
    void numbersFromSecondsAndNanosecondsAreThoseOfItsFileTimesInAndOutOfRange() {
        Random random = new Random(7);
        List<long[]> times = new ArrayList<>();
        long[] seconds = {0, 1, -1, 1_700_000_000L, -1_700_000_000L, 9_223_372_035L, -9_223_372_035L, 9_223_372_036L,
                -9_223_372_036L, Long.MAX_VALUE / 1000, Long.MIN_VALUE / 1000, Long.MAX_VALUE, Long.MIN_VALUE};
        long[] nanos = {0, 1, 999_999, 1_000_000, 999_999_999, 1_000_000_000L, 4_294_967_295L};
        for (long s : seconds) {
            for (long n : nanos) {
                times.add(new long[] {s, n});
            }
        }
        for (int i = 0; i < 10_000; i++) {
            times.add(new long[] {random.nextLong() >> random.nextInt(64), random.nextInt(1_000_000_000)});
        }
        for (long[] t : times) {
            long sec = t[0];
            long nsec = t[1];
            FileStat stat = FileStat.of(0100644, 1, sec, nsec, sec, nsec, sec, nsec, 2, 1);
            FileTime time = stat.lastModifiedTime();
            assertThat(stat.lastAccessTime()).as("%d s %d ns", sec, nsec).isEqualTo(time);
            assertThat(stat.mtimeNanos()).as("%d s %d ns", sec, nsec).isEqualTo(time.to(TimeUnit.NANOSECONDS));
            assertThat(stat.ctimeNanos()).as("%d s %d ns", sec, nsec).isEqualTo(time.to(TimeUnit.NANOSECONDS));
            assertThat(stat.atimeMillis()).as("%d s %d ns", sec, nsec).isEqualTo(time.toMillis());
        }
    }

    @Test
    void timesGivenByTheJdkAreKeptAsTheyCame() {
        FileTime modified = FileTime.from(1_700_000_000_123_456_789L, TimeUnit.NANOSECONDS);
        FileTime accessed = FileTime.from(1_600_000_000_987L, TimeUnit.MILLISECONDS);
        FileStat stat = FileStat.of(new FakeAttributes(modified, accessed));
        assertThat(stat.lastModifiedTime()).isSameAs(modified);
        assertThat(stat.lastAccessTime()).isSameAs(accessed);
        assertThat(stat.mtimeNanos()).isEqualTo(1_700_000_000_123_456_789L);
        assertThat(stat.atimeMillis()).isEqualTo(1_600_000_000_987L);
    }

    private record FakeAttributes(FileTime modified, FileTime accessed) implements java.nio.file.attribute.BasicFileAttributes {
        public FileTime lastModifiedTime() {
            return modified;
        }

        public FileTime lastAccessTime() {
            return accessed;
        }

        public FileTime creationTime() {
            return modified;
        }

        public boolean isRegularFile() {
            return true;
        }

        public boolean isDirectory() {
            return false;
        }

        public boolean isSymbolicLink() {
            return false;
        }

        public boolean isOther() {
            return false;
        }

        public long size() {
            return 3;
        }

        public Object fileKey() {
            return null;
        }
    }
}
