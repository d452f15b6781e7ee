package io.modcache.ui.overview;

import io.modcache.cache.CacheTotals;
import io.modcache.cache.ModuleVersion;
import io.modcache.history.CacheHistory;
import io.modcache.select.CacheOverview;
import io.modcache.select.RuleOutcome;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The overview panel's state: what each common rule would free now, bytes by age, the largest
 * versions (worked out in the background from the shared cache model, at most every
 * {@link #MIN_INTERVAL_MILLIS} while a scan streams in), and the cache's history.
 */
public final class OverviewViewModel {

    static final long MIN_INTERVAL_MILLIS = 500;

    private final UiExecutor executor;
    private final CacheModel cache;
    private final Consumer<RuleOutcome> select;
    private final TaskSlot work = new TaskSlot();
    private final ReadOnlyObjectWrapper<CacheOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CacheTotals> totals = new ReadOnlyObjectWrapper<>(new CacheTotals(0, 0, 0, 0));
    private boolean active;
    private boolean scheduled;

    /** @param select puts a rule's matches in the shared selection, with their reasons */
    public OverviewViewModel(UiExecutor executor, CacheModel cache, Consumer<RuleOutcome> select) {
        this.executor = executor;
        this.cache = cache;
        this.select = select;
        cache.revisionProperty().addListener(o -> request());
        cache.needsProperty().addListener(o -> request());
        cache.trackingProperty().addListener(o -> request());
    }

    /** Works only while the panel shows; shown again, it catches up at once. */
    public void setActive(boolean value) {
        active = value;
        if (value) {
            refresh();
        }
    }

    private void request() {
        if (active && !scheduled) {
            scheduled = true;
            executor.runOnUiThreadLater(MIN_INTERVAL_MILLIS, () -> {
                scheduled = false;
                refresh();
            });
        }
    }

    void refresh() {
        List<ModuleVersion> versions = cache.versions();
        var needs = cache.needsProperty().get();
        var tracking = cache.trackingProperty().get();
        CacheTotals now = cache.totals();
        totals.set(now);
        UiTask.of(executor, ticket -> CacheOverview.of(versions, needs, tracking, Instant.now(), now.bytes()))
                .in(work).onSuccess(overview::set).start();
    }

    /** Selects what a common rule matches. */
    public void select(CacheOverview.Preset preset) {
        select.accept(preset.outcome());
    }

    public ReadOnlyObjectProperty<CacheOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CacheTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CacheHistory> historyProperty() {
        return cache.historyProperty();
    }
}
