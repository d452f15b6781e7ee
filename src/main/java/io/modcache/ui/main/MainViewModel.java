package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.clean.DeletionResult;
import io.modcache.history.HistoryRecord;
import io.modcache.projects.GoSumIndex;
import io.modcache.select.RuleOutcome;
import io.modcache.settings.ViewSettings;
import io.modcache.ui.clean.DeletePreviewViewModel;
import io.modcache.ui.clean.DeletionRequest;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.ResolvedEntries;
import io.modcache.ui.model.Selection;
import io.modcache.ui.overview.OverviewViewModel;
import io.modcache.ui.rules.RulePanelViewModel;
import io.modcache.ui.treemap.TreemapViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The main window's state and actions, free of controls so it can be tested without a screen. It
 * owns the one {@link CacheModel} and the one {@link Selection} every view binds to, and composes
 * the scan session, the verification, and the status line; deleting goes through a preview.
 */
public final class MainViewModel {

    private static final System.Logger LOG = System.getLogger(MainViewModel.class.getName());

    private final UiExecutor executor;
    private final MainServices services;
    private final CacheModel cache = new CacheModel();
    private final Selection selection = new Selection();
    private final StatusLine status = new StatusLine();
    private final TaskSlot work = new TaskSlot();
    private final ScanSession session;
    private final RowActions rowActions;
    private final VerificationRun verification;
    private final NeedsRun needs;
    private final RulePanelViewModel rules;
    private final TreemapViewModel treemap;
    private final OverviewViewModel overview;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final SelectionSummary selectionSummary = new SelectionSummary(cache, selection);
    private final StringProperty searchText = new SimpleStringProperty("");
    /** One binding each, for every control and menu item that asks: each cache change looks once, at the row maps' sizes. */
    private final javafx.beans.binding.BooleanBinding hasVersions =
            javafx.beans.binding.Bindings.createBooleanBinding(cache::hasVersions, cache.revisionProperty());
    private final javafx.beans.binding.BooleanBinding hasEntries =
            javafx.beans.binding.Bindings.createBooleanBinding(() -> cache.hasVersions() || !cache.others().isEmpty(), cache.revisionProperty());

    public MainViewModel(UiExecutor executor, MainServices services) {
        this.executor = executor;
        this.services = services;
        this.verification = new VerificationRun(executor, services.verifier(), cache, status, work, services.projectDirs());
        this.needs = new NeedsRun(executor, services.needs(), cache, services.projectDirs());
        this.session = new ScanSession(executor, services.scans(), services.snapshots(), services.history(), cache, status, work,
                scan -> {
            verification.showKnown();
            needs.refresh();
        });
        this.rules = new RulePanelViewModel(executor, cache, selection, services.rules().load(), services.rules()::save);
        this.treemap = new TreemapViewModel(executor, cache, selection);
        this.overview = new OverviewViewModel(executor, cache, rules::select);
        this.rowActions = new RowActions(executor, cache, selection, status, () -> session.locationProperty().get(),
                services.folderOpener());
        busy.bind(session.scanningProperty().or(verification.verifyingProperty()));
    }

    /** Uses {@code root} as the cache from now on and scans it. */
    public void chooseRoot(Path root) {
        selection.clear();
        verification.superseded();
        session.chooseRoot(root);
    }

    /**
     * Locates the cache (unless one was chosen) and scans it; a running scan or verification is
     * superseded. The selection stays as far as the fresh scan still finds what it names.
     */
    public void rescan() {
        verification.superseded();
        session.rescan();
    }

    /** Asks the running scan or verification to stop. */
    public void cancel() {
        if (busy.get()) {
            work.cancel();
        }
    }

    /** Verifies every version in the cache. */
    public void verifyAll() {
        if (!busy.get()) {
            verification.verify(cache.versions(), true);
        }
    }

    /** Verifies every version, asking the checksum database over the network about what go did not cache. */
    public void verifyAllOnline() {
        if (!busy.get()) {
            verification.verify(cache.versions(), true, true);
        }
    }

    /** Verifies the selected versions (a selected module stands for all its versions). */
    public void verifySelected() {
        if (!busy.get()) {
            verification.verify(cache.resolve(selection.ids()).versions(), false);
        }
    }

    /** The projects named changed: verdicts are judged again against their go.sum files, from the index. */
    public void projectsChanged() {
        verification.showKnown();
        needs.refresh();
    }

    /**
     * The preview of deleting the selection, or (when {@code everything}) the whole cache; null
     * when there is nothing to delete or work is running. Nothing is deleted until the preview's
     * Delete is pressed.
     */
    public DeletePreviewViewModel deletionPreview(boolean everything) {
        CacheScan scan = cache.scanProperty().get();
        if (busy.get() || scan == null) {
            return null;
        }
        ResolvedEntries chosen = everything ? new ResolvedEntries(cache.versions(), scan.other()) : cache.resolve(selection.ids());
        if (chosen.isEmpty()) {
            return null;
        }
        RuleChoices fromRules = RuleChoices.of(everything ? RuleOutcome.NONE : rules.applied(), chosen.versions());
        List<Path> projects = services.projectDirs().get();
        return new DeletePreviewViewModel(executor, new DeletionRequest(scan.root(), fromRules.candidates(), chosen.others(),
                everything, scan.layout() == CacheScan.Layout.MODULE_CACHE, fromRules.notes()),
                token -> GoSumIndex.load(projects, List.of(), token), services.privatePatterns(), services.deleter());
    }

    /**
     * Plans repairing the selected versions, or (when {@code allBroken}) every version verification
     * found broken or mismatched; {@code ready} gets the plan on the UI thread (nothing when there is
     * nothing to repair or work is running). The repairer is made in the background: it reads the
     * projects' go.sum files and go's configuration.
     */
    public void repairPlan(boolean allBroken, java.util.function.Consumer<io.modcache.ui.repair.RepairViewModel> ready) {
        CacheScan scan = cache.scanProperty().get();
        if (busy.get() || scan == null) {
            return;
        }
        new RepairPlans(executor, services, cache, status).plan(scan, cache.resolve(selection.ids()).versions(), allBroken, ready);
    }

    /** Shows a finished deletion without rescanning: rows go, the selection is cleared, the totals are new. */
    public void deletionFinished(DeletionResult result) {
        cache.applyDeletion(result.deleted().stream().map(DeletionResult.Deleted::entry).toList());
        selection.clear();
        recordDeletion();
        status.showTotals(cache.totals(), Text.get("main.deleted", Formats.counted("count.entry", result.deleted().size()),
                Formats.bytes(result.freedBytes()), result.failed().isEmpty() ? "" : Text.get("main.deleted.failed", result.failed().size())));
    }

    /** Adds the totals after a deletion to the cache's history, in the background. */
    private void recordDeletion() {
        CacheScan scan = cache.scanProperty().get();
        if (scan == null) {
            return;
        }
        HistoryRecord record = HistoryRecord.of(Instant.now(), cache.totals(), HistoryRecord.DELETION);
        UiTask.of(executor, ticket -> services.history().append(scan.root(), record))
                .onSuccess(h -> {
                    cache.setHistory(h);
                    status.showChange(h);
                })
                .onFailure(IOException.class, e -> LOG.log(System.Logger.Level.WARNING, "cannot record the cache's history: " + e.getMessage()))
                .start();
    }

    /** The overview panel's state. */
    public OverviewViewModel overview() {
        return overview;
    }

    /** Copying, opening and exporting what is selected: the menus' actions. */
    public RowActions rowActions() {
        return rowActions;
    }

    /** The treemap's state. */
    public TreemapViewModel treemap() {
        return treemap;
    }

    /** How the user last arranged the views, and where changes go. */
    public MainServices.Stored<ViewSettings> viewSettings() {
        return services.view();
    }

    /** The Select by rule panel's state. */
    public RulePanelViewModel rules() {
        return rules;
    }

    public CacheModel cache() {
        return cache;
    }

    public Selection selection() {
        return selection;
    }

    public StatusLine status() {
        return status;
    }

    public ScanSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<CacheLocation> locationProperty() {
        return session.locationProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return session.scanningProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verification.verifyingProperty();
    }

    /** Scanning or verifying. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The row chosen last, whose details show. */
    public ReadOnlyObjectProperty<CacheRow> leadRowProperty() {
        return selectionSummary.leadRowProperty();
    }

    public ReadOnlyBooleanProperty versionsSelectedProperty() {
        return selectionSummary.versionsSelectedProperty();
    }

    /** Versions, modules or other entries are selected. */
    public ReadOnlyBooleanProperty anythingSelectedProperty() {
        return selectionSummary.anythingSelectedProperty();
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionSummary.textProperty();
    }

    public ReadOnlyObjectProperty<CacheScan> lastScanProperty() {
        return cache.scanProperty();
    }

    /** The cache shown has module versions: there is something to verify. */
    public javafx.beans.binding.BooleanBinding hasVersions() {
        return hasVersions;
    }

    /** The cache shown has versions or other entries: there is something to delete. */
    public javafx.beans.binding.BooleanBinding hasEntries() {
        return hasEntries;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }
}
