package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.ScanFailure;
import io.modcache.cache.ScanListener;
import io.modcache.cache.ScanProgress;
import io.modcache.cache.ScanService;
import io.modcache.history.HistoryRecord;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.system.AccessTimeTracking;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiBatcher;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Locating and scanning the cache for the window: versions stream into the {@link CacheModel} in
 * batches while the scan runs; where the cache is, and what is unusual about it, show as a notice.
 * Each finished scan is saved (shown at once at the next start) and its totals go in the history.
 */
public final class ScanSession {

    private final UiExecutor executor;
    private static final System.Logger LOG = System.getLogger(ScanSession.class.getName());

    /** At most this long the fresh scan waits for the saved scan to be drawn. */
    private static final long SNAPSHOT_FRAME_MILLIS = 1500;

    private final ScanService scans;
    private final ScanSnapshots snapshots;
    private final HistoryStore history;
    private final TaskSlot records = new TaskSlot();
    private final CacheModel cache;
    private final StatusLine status;
    private final TaskSlot work;
    private final Consumer<CacheScan> onScanned;

    private final ReadOnlyObjectWrapper<CacheLocation> location = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");
    private Path chosenRoot;
    private final ReadOnlyObjectWrapper<Path> chosen = new ReadOnlyObjectWrapper<>();

    /** @param work the slot shared with verification: a scan supersedes whatever ran there */
    ScanSession(UiExecutor executor, ScanService scans, ScanSnapshots snapshots, HistoryStore history, CacheModel cache,
                StatusLine status, TaskSlot work, Consumer<CacheScan> onScanned) {
        this.executor = executor;
        this.scans = scans;
        this.snapshots = snapshots;
        this.history = history;
        this.cache = cache;
        this.status = status;
        this.work = work;
        this.onScanned = onScanned;
    }

    /** Uses {@code root} as the cache from now on and scans it. */
    void chooseRoot(Path root) {
        if (!root.equals(chosenRoot)) {
            cache.clear();
        }
        chosenRoot = root;
        chosen.set(root);
        rescan();
    }

    /**
     * Locates the cache (unless one was chosen) and scans it, superseding whatever runs. Rows on
     * show stay, marked stale, until the fresh scan confirms or drops them; when nothing is on show,
     * the cache's last saved scan is shown at once, as such.
     */
    void rescan() {
        boolean showing = !cache.modules().isEmpty() || !cache.others().isEmpty();
        if (showing && cache.snapshotTimeProperty().get() == null) {
            cache.beginRefresh();
        }
        scanning.set(true);
        notice.set(Notice.LOCATING);
        noticeText.set(Text.get("scan.locating"));
        Instant saved = cache.snapshotTimeProperty().get();
        status.show(saved != null ? savedScanWords(saved) : Text.get("scan.scanning"));
        status.progress(StatusLine.INDETERMINATE);
        Path chosen = chosenRoot;
        UiTask.of(executor, ticket -> {
            UiBatcher<ModuleVersion> versions = new UiBatcher<>(executor, ticket.gate(cache::addVersions));
            UiBatcher<OtherEntry> others = new UiBatcher<>(executor, ticket.gate(cache::addOthers));
            UiBatcher<ScanProgress> progress = new UiBatcher<>(executor, ticket.gate(
                    (List<ScanProgress> b) -> status.show(scanningWords() + describe(b.get(b.size() - 1)))));
            CacheScan scan = scans.scan(chosen, where -> {
                        CacheScan earlier = showing ? null : snapshots.load(where.root()).orElse(null);
                        if (earlier == null) {
                            executor.runOnUiThread(ticket.gate(() -> located(where, null)));
                        } else {
                            // the saved scan's first frame gets the processors before the walk takes them
                            executor.runOnUiThreadUntilDrawn(ticket.gate(() -> located(where, earlier)), SNAPSHOT_FRAME_MILLIS);
                        }
                    },
                    new ScanListener() {
                        @Override
                        public void versionFound(ModuleVersion version) {
                            versions.add(version);
                        }

                        @Override
                        public void otherFound(OtherEntry entry) {
                            others.add(entry);
                        }

                        @Override
                        public void progress(ScanProgress p) {
                            progress.add(p);
                        }
                    }, ticket.token());
            return new Scanned(scan, AccessTimeTracking.of(scan.root()), versions, others);
        }).in(work)
                .onSuccess(s -> {
                    s.versions().flushNow();
                    s.others().flushNow();
                    cache.setTracking(s.tracking());
                    finished(s.scan());
                })
                .onFailure(ScanFailure.class, this::failed)
                .onFailure(RuntimeException.class, e -> stop(Notice.UNREADABLE, Text.get("scan.failed", e.getMessage()), Text.get("scan.none")))
                .onCancelled(() -> stop(Notice.CANCELLED, Text.get("scan.cancelled"), Text.get("scan.cancelled.short")))
                .start();
    }

    private record Scanned(CacheScan scan, AccessTimeTracking tracking, UiBatcher<ModuleVersion> versions,
                           UiBatcher<OtherEntry> others) {
    }

    private void located(CacheLocation where, CacheScan earlier) {
        CacheLocation before = location.get();
        if (before != null && !before.root().equals(where.root())) {
            cache.clear(); // the rows on show were another cache's
        }
        location.set(where);
        notice.set(Notice.NONE);
        if (earlier != null && cache.modules().isEmpty() && cache.others().isEmpty()) {
            cache.showSnapshot(earlier);
            status.show(savedScanWords(earlier.scannedAt()));
        }
    }

    private static String savedScanWords(Instant scannedAt) {
        return Text.get("scan.showingSaved", Formats.dateTime(scannedAt)).strip();
    }

    private void finished(CacheScan scan) {
        cache.complete(scan);
        scanning.set(false);
        status.showTotals(cache.totals(), "");
        record(scan);
        switch (scan.layout()) {
            case EMPTY -> showNotice(Notice.EMPTY, Text.get("scan.empty", scan.root()));
            case NOT_A_MODULE_CACHE -> showNotice(Notice.NOT_A_MODULE_CACHE, Text.get("scan.notACache", scan.root()));
            case MODULE_CACHE -> {
                AccessTimeTracking tracking = cache.trackingProperty().get();
                if (tracking.tracked()) {
                    notice.set(Notice.NONE);
                } else {
                    showNotice(Notice.NOT_TRACKED, Text.get("scan.notTracked", tracking.detail()));
                }
            }
        }
        onScanned.accept(scan);
    }

    /** Saves the scan for the next start and adds its totals to the cache's history, in the background. */
    private void record(CacheScan scan) {
        CacheTotals totals = CacheTotals.of(scan);
        UiTask.of(executor, ticket -> {
            try {
                snapshots.save(scan);
                io.modcache.ui.common.StartupTrace.now("scan saved");
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot save the scan for the next start: " + e.getMessage());
            }
            try {
                return history.append(scan.root(), HistoryRecord.of(scan.scannedAt(), totals, HistoryRecord.SCAN));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot record the cache's history: " + e.getMessage());
                return history.read(scan.root());
            }
        }).in(records).onSuccess(h -> {
            cache.setHistory(h);
            status.showChange(h);
        }).start();
    }

    private String scanningWords() {
        Instant earlier = cache.snapshotTimeProperty().get();
        return earlier == null ? Text.get("scan.scanning") + " " : Text.get("scan.showingSaved", Formats.dateTime(earlier));
    }

    private void failed(ScanFailure f) {
        location.set(f.location());
        switch (f.kind()) {
            // a folder the user chose is the only place looked at: the others would only confuse
            case NO_CACHE, NOT_A_DIRECTORY -> stop(Notice.NO_CACHE, f.location().source() == io.modcache.cache.CacheLocation.Source.OPTION
                    ? Text.get(f.kind() == ScanFailure.Kind.NO_CACHE ? "scan.noChosenCache" : "scan.chosenNotAFolder", f.location().root())
                    : Text.get("scan.noCache", f.location().describe(), String.join(", ", scans.locator().candidatesDescription())),
                    Text.get("scan.none"));
            case UNREADABLE, FAILED -> stop(Notice.UNREADABLE, capitalized(f.getMessage()) + ".", Text.get("scan.none"));
        }
    }

    private void stop(Notice kind, String text, String statusText) {
        scanning.set(false);
        showNotice(kind, text);
        status.show(statusText);
        status.progress(0);
    }

    private void showNotice(Notice kind, String text) {
        notice.set(kind);
        noticeText.set(text);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String describe(ScanProgress p) {
        return Text.get("status.progress", Formats.counted("count.version", p.versions()), Formats.counted("count.file", p.files()),
                Formats.bytes(p.bytes()));
    }

    /** The root the user chose (Change…), or null to locate it as go does. */
    Path chosenRoot() {
        return chosenRoot;
    }

    /** The cache folder chosen (rather than located as go does); null until one is. */
    public ReadOnlyObjectProperty<Path> chosenRootProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CacheLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    /** Stops showing a scan as running after another task superseded it. */
    void superseded() {
        scanning.set(false);
    }
}
