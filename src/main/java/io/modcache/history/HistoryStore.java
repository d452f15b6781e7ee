package io.modcache.history;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.modcache.fs.AtomicFiles;
import io.modcache.fs.SafeFiles;
import io.modcache.report.ScanReports;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The cache's totals over time, one file per cache root under the program's data folder. Records
 * are only ever appended; each append rewrites the file atomically (a temporary file moved into
 * place) under a lock, so the window and a command line running at once lose nothing. A file that
 * cannot be read is ignored with a log line, and moved aside (never deleted) at the next append.
 */
public final class HistoryStore {

    private static final System.Logger LOG = System.getLogger(HistoryStore.class.getName());

    private final Path dir;
    /** Made once per process, the first time a history is read or written, or by {@link #prepare()}. */
    private static final class Json {
        private static final ObjectMapper MAPPER = ScanReports.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // readerFor and writerFor fetch their (de)serializers as they are made
        static final ObjectReader READER = MAPPER.readerFor(CacheHistory.class);
        static final ObjectWriter WRITER = MAPPER.writerFor(CacheHistory.class);
    }

    /** Makes the JSON reader and writer of histories now (Jackson starts slowly), for a thread with time to spare. */
    public static void prepare() {
        java.util.Objects.requireNonNull(Json.READER);
    }

    /** @param dataDir the program's data folder; the files go in its {@code history} folder */
    public HistoryStore(Path dataDir) {
        this.dir = dataDir.resolve("history");
    }

    /** The recorded totals of the cache at {@code root}, oldest first; empty when none (or the file is unreadable). */
    public CacheHistory read(Path root) {
        Path file = RootFiles.fileFor(dir, root, ".json");
        try {
            return parse(file, root);
        } catch (NoSuchFileException e) {
            return new CacheHistory(RootFiles.key(root), List.of());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "history file " + file + " is unreadable (" + e.getMessage() + "); ignoring it");
            return new CacheHistory(RootFiles.key(root), List.of());
        }
    }

    /** Appends a record to the cache's history and returns the history with it. */
    public CacheHistory append(Path root, HistoryRecord record) throws IOException {
        Files.createDirectories(dir);
        Path file = RootFiles.fileFor(dir, root, ".json");
        try (FileChannel lockFile = FileChannel.open(RootFiles.fileFor(dir, root, ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            List<HistoryRecord> records = new ArrayList<>();
            try {
                records.addAll(parse(file, root).scans());
            } catch (NoSuchFileException e) {
                // the first record
            } catch (IOException | RuntimeException e) {
                Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
                LOG.log(System.Logger.Level.WARNING, "history file " + file + " is unreadable (" + e.getMessage()
                        + "); moved to " + aside + ", starting a new one");
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            }
            records.add(record);
            CacheHistory history = new CacheHistory(RootFiles.key(root), records);
            AtomicFiles.writeString(file, Json.WRITER.writeValueAsString(history));
            return history;
        }
    }

    private CacheHistory parse(Path file, Path root) throws IOException {
        CacheHistory stored = Json.READER.readValue(SafeFiles.read(file, SafeFiles.OWN_FILE_CAP));
        if (stored == null || !RootFiles.key(root).equals(stored.cacheRoot())) {
            throw new IOException("it records another cache (" + (stored == null ? "none" : stored.cacheRoot()) + ")");
        }
        if (stored.scans().stream().anyMatch(r -> r == null)) {
            throw new IOException("it holds an empty record");
        }
        List<HistoryRecord> oldestFirst = new ArrayList<>(stored.scans());
        oldestFirst.sort(java.util.Comparator.comparing(HistoryRecord::scannedAt));
        return new CacheHistory(stored.cacheRoot(), oldestFirst);
    }
}
