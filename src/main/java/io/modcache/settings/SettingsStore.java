package io.modcache.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modcache.fs.AtomicFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the settings file and saves changes to it: debounced (a burst of changes is one write),
 * atomically (a temporary file moved into place, so a crash never leaves half a file), and on
 * {@link #close()} whatever is still pending.
 */
public final class SettingsStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;
    private final long debounceMillis;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final AtomicReference<Settings> current = new AtomicReference<>(Settings.DEFAULT);
    private final ScheduledExecutorService saver;
    private ScheduledFuture<?> pending;

    public SettingsStore(Path file, long debounceMillis) {
        this.file = file;
        this.debounceMillis = debounceMillis;
        this.saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "modcache-settings");
            t.setDaemon(true);
            return t;
        });
        current.set(load());
    }

    public Settings get() {
        return current.get();
    }

    /** Replaces the settings; the file is written once no further change came for the debounce time. */
    public synchronized void update(Settings settings) {
        current.set(settings);
        if (pending != null) {
            pending.cancel(false);
        }
        pending = saver.schedule(this::saveNow, debounceMillis, TimeUnit.MILLISECONDS);
    }

    /** Writes any pending change and stops the saver thread. */
    @Override
    public synchronized void close() {
        if (pending != null && pending.cancel(false)) {
            saveNow();
        }
        saver.shutdown();
    }

    private Settings load() {
        try {
            return mapper.readValue(io.modcache.fs.SafeFiles.read(file, io.modcache.fs.SafeFiles.OWN_FILE_CAP), Settings.class);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULT;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "settings file " + file + " is unreadable (" + e.getMessage() + "); using defaults");
            return Settings.DEFAULT;
        }
    }

    private void saveNow() {
        try {
            AtomicFiles.writeString(file, mapper.writeValueAsString(current.get()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings to " + file + ": " + e.getMessage());
        }
    }
}
