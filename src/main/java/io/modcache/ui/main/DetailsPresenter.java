package io.modcache.ui.main;

import io.modcache.cache.CacheScan;
import io.modcache.cache.EntryId;
import io.modcache.ui.details.DetailsPane;
import io.modcache.ui.details.SummaryDetails;
import io.modcache.ui.details.VersionDetails;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.ResolvedEntries;
import io.modcache.ui.model.Selection;
import javafx.beans.value.ChangeListener;

import java.util.Set;

/**
 * Keeps the details pane on what is selected: one version's details (current while its verdict
 * changes), a module's versions, or a summary of several rows.
 */
final class DetailsPresenter {

    private final DetailsPane pane;
    private final CacheModel cache;
    private final Selection selection;
    private final ChangeListener<Object> refresher = (obs, old, now) -> show();
    private CacheRow watched;

    DetailsPresenter(DetailsPane pane, CacheModel cache, Selection selection) {
        this.pane = pane;
        this.cache = cache;
        this.selection = selection;
        selection.idsProperty().addListener((obs, old, now) -> show());
        selection.leadProperty().addListener((obs, old, now) -> show());
        cache.scanProperty().addListener((obs, old, now) -> show());
        cache.addListener(change -> {
            if (!change.removed().isEmpty() || change.updated().stream().anyMatch(r -> r.kind() == CacheRow.Kind.MODULE && r == watched)) {
                show();
            }
        });
    }

    void show() {
        Set<EntryId> ids = selection.ids();
        EntryId lead = selection.leadProperty().get();
        CacheRow row = ids.size() == 1 && lead != null ? cache.find(lead) : null;
        watch(row);
        CacheScan scan = cache.scanProperty().get();
        if (ids.isEmpty()) {
            pane.show(null);
        } else if (row != null && row.kind() == CacheRow.Kind.VERSION && scan != null) {
            pane.show(VersionDetails.of(scan.root(), row.moduleVersion(), row.verdictProperty().get(),
                    row.statusProperty().get().text(), row.usedByProperty().get()));
        } else if (row != null && row.kind() == CacheRow.Kind.MODULE) {
            pane.showSummary(SummaryDetails.ofModule(row, v -> cache.needsProperty().get().usedBy(v.id())));
        } else {
            ResolvedEntries chosen = cache.resolve(ids);
            long modules = chosen.versions().stream().map(v -> v.path()).distinct().count();
            pane.showSummary(SummaryDetails.ofSelection(chosen, (int) modules));
        }
    }

    /** Follows the shown version's verdict and users, so its details stay current. */
    private void watch(CacheRow row) {
        if (watched == row) {
            return;
        }
        if (watched != null) {
            watched.statusProperty().removeListener(refresher);
            watched.verdictProperty().removeListener(refresher);
            watched.usedByProperty().removeListener(refresher);
        }
        watched = row;
        if (row != null) {
            row.statusProperty().addListener(refresher);
            row.verdictProperty().addListener(refresher);
            row.usedByProperty().addListener(refresher);
        }
    }
}
