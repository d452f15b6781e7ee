package io.modcache.ui.main;

import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.projects.GoSumIndex;
import io.modcache.text.Text;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.repair.RepairViewModel;
import io.modcache.verify.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Which versions a repair takes on and why, and the repairer to do it, made in the background. */
final class RepairPlans {

    private final UiExecutor executor;
    private final MainServices services;
    private final CacheModel cache;
    private final StatusLine status;

    RepairPlans(UiExecutor executor, MainServices services, CacheModel cache, StatusLine status) {
        this.executor = executor;
        this.services = services;
        this.cache = cache;
        this.status = status;
    }

    /**
     * Plans repairing {@code chosen}, or (when {@code allBroken}) every version verification found
     * broken or mismatched; {@code ready} gets the plan on the UI thread, unless there is nothing to
     * repair. The repairer reads the projects' go.sum files and go's configuration.
     */
    void plan(CacheScan scan, List<ModuleVersion> chosen, boolean allBroken, Consumer<RepairViewModel> ready) {
        List<ModuleVersion> targets = new ArrayList<>();
        Map<ModuleVersion, String> reasons = new HashMap<>();
        for (ModuleVersion v : allBroken ? cache.versions() : chosen) {
            CacheRow row = cache.find(v.id());
            Verdict verdict = row == null ? null : row.verdictProperty().get();
            if (!allBroken || (verdict != null && verdict.failed())) {
                targets.add(v);
                reasons.put(v, verdict == null ? Text.get("status.UNVERIFIED") : verdict.status().label());
            }
        }
        if (targets.isEmpty()) {
            status.show(Text.get(allBroken ? "repair.nothingBroken" : "repair.nothingSelected"));
            return;
        }
        List<Path> projects = services.projectDirs().get();
        UiTask.of(executor, ticket -> services.repairers().apply(GoSumIndex.load(projects, List.of(), ticket.token())))
                .onSuccess(repairer -> ready.accept(new RepairViewModel(executor, scan.root(), targets, reasons, repairer)))
                .onFailure(Exception.class, e -> status.show(Text.get("repair.failed", e.getMessage())))
                .start();
    }
}
