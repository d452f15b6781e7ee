package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheTotals;
import io.modcache.history.CacheHistory;
import io.modcache.ui.common.Formats;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's words and progress, which the scan, verification and deletion take turns to set. */
public final class StatusLine {

    /** Progress while the length of the work is unknown. */
    public static final double INDETERMINATE = -1;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper change = new ReadOnlyStringWrapper("");

    void show(String words) {
        text.set(words);
    }

    void progress(double fraction) {
        progress.set(fraction);
    }

    /** The cache's totals, after a scan or deletion: "242 modules · 2,880 versions · 290,649 files · 7.3 GiB". */
    void showTotals(CacheTotals t, String prefix) {
        text.set(prefix + Text.get("status.totals", Formats.counted("count.module", t.modules()),
                Formats.counted("count.version", t.versions()), Formats.counted("count.file", t.files()), Formats.bytes(t.bytes())));
        progress.set(0);
    }

    /** "Since last scan: +3 versions, +12.0 MiB", from the cache's history; empty before a second record. */
    void showChange(CacheHistory history) {
        change.set(history.change().map(Formats::change).orElse(""));
    }

    public ReadOnlyStringProperty changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** -1 while the length is unknown, 0..1 while known, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
