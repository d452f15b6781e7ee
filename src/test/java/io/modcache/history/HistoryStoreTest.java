package io.modcache.history;

import io.modcache.cache.CacheTotals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryStoreTest {

    @TempDir
    Path data;

    private final Path root = Path.of("/home/u/go/pkg/mod");
    private final Instant t0 = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void recordsAreAppendedAndReadBackOldestFirst() throws Exception {
        HistoryStore store = new HistoryStore(data);
        store.append(root, HistoryRecord.of(t0, new CacheTotals(2, 5, 50, 5_000), HistoryRecord.SCAN));
        store.append(root, HistoryRecord.of(t0.plusSeconds(3600), new CacheTotals(3, 7, 70, 7_000), HistoryRecord.SCAN));
        CacheHistory after = store.append(root, HistoryRecord.of(t0.plusSeconds(7200), new CacheTotals(2, 4, 40, 4_000),
                HistoryRecord.DELETION));

        CacheHistory read = new HistoryStore(data).read(root);

        assertThat(read).isEqualTo(after);
        assertThat(read.cacheRoot()).isEqualTo(root.toString());
        assertThat(read.scans()).extracting(HistoryRecord::versions).containsExactly(5L, 7L, 4L);
        assertThat(read.scans()).extracting(HistoryRecord::event).containsExactly("scan", "scan", "deletion");
        assertThat(read.previous()).map(HistoryRecord::bytes).contains(7_000L);
        assertThat(read.latest()).map(HistoryRecord::bytes).contains(4_000L);
    }

    @Test
    void aRecordFromAClockThatWentBackStillReadsOldestFirst() throws Exception {
        HistoryStore store = new HistoryStore(data);
        store.append(root, HistoryRecord.of(t0, new CacheTotals(1, 1, 1, 1), HistoryRecord.SCAN));
        store.append(root, HistoryRecord.of(t0.minusSeconds(60), new CacheTotals(1, 2, 2, 2), HistoryRecord.SCAN));

        assertThat(store.read(root).scans()).extracting(HistoryRecord::versions).containsExactly(2L, 1L);
    }

    @Test
    void eachCacheHasItsOwnHistory() throws Exception {
        HistoryStore store = new HistoryStore(data);
        Path other = Path.of("/srv/gomodcache");
        store.append(root, HistoryRecord.of(t0, new CacheTotals(1, 1, 1, 1), HistoryRecord.SCAN));
        store.append(other, HistoryRecord.of(t0, new CacheTotals(9, 9, 9, 9), HistoryRecord.SCAN));

        assertThat(store.read(root).scans()).extracting(HistoryRecord::versions).containsExactly(1L);
        assertThat(store.read(other).scans()).extracting(HistoryRecord::versions).containsExactly(9L);
        assertThat(store.read(Path.of("/nowhere")).scans()).isEmpty();
    }

    @Test
    void aCorruptFileIsIgnoredThenMovedAsideNotLost() throws Exception {
        HistoryStore store = new HistoryStore(data);
        store.append(root, HistoryRecord.of(t0, new CacheTotals(1, 1, 1, 1), HistoryRecord.SCAN));
        Path file = onlyJsonFile();
        Files.writeString(file, "{\"cacheRoot\": \"" + root + "\", \"scans\": [{\"scannedAt\": ");

        assertThat(store.read(root).scans()).isEmpty();

        store.append(root, HistoryRecord.of(t0.plusSeconds(60), new CacheTotals(2, 2, 2, 2), HistoryRecord.SCAN));
        assertThat(store.read(root).scans()).extracting(HistoryRecord::versions).containsExactly(2L);
        assertThat(file.resolveSibling(file.getFileName() + ".corrupt")).content().startsWith("{\"cacheRoot\"");
    }

    @Test
    void aHistoryFileThatIsALinkIsNeverFollowed() throws Exception {
        HistoryStore store = new HistoryStore(data);
        store.append(root, HistoryRecord.of(t0, new CacheTotals(1, 1, 1, 1), HistoryRecord.SCAN));
        Path file = onlyJsonFile();
        Path elsewhere = Files.writeString(data.resolve("elsewhere.txt"), "keep me");
        Files.delete(file);
        Files.createSymbolicLink(file, elsewhere);

        assertThat(store.read(root).scans()).isEmpty();
        store.append(root, HistoryRecord.of(t0, new CacheTotals(3, 3, 3, 3), HistoryRecord.SCAN));

        assertThat(elsewhere).hasContent("keep me");
        assertThat(Files.isSymbolicLink(file)).isFalse();
        assertThat(store.read(root).scans()).extracting(HistoryRecord::versions).containsExactly(3L);
    }

    private Path onlyJsonFile() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("history"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            return json.get(0);
        }
    }
}
