package io.modcache.ui.main;

import io.modcache.projects.ProjectNeeds;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.ui.common.TaskSlot;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Works out which of the user's projects need each version (after a scan, and when the projects change). */
final class NeedsRun {

    private static final System.Logger LOG = System.getLogger(NeedsRun.class.getName());

    private final UiExecutor executor;
    private final ProjectNeedsResolver resolver;
    private final CacheModel cache;
    private final Supplier<List<Path>> projects;
    private final TaskSlot slot = new TaskSlot();

    NeedsRun(UiExecutor executor, ProjectNeedsResolver resolver, CacheModel cache, Supplier<List<Path>> projects) {
        this.executor = executor;
        this.resolver = resolver;
        this.cache = cache;
        this.projects = projects;
    }

    void refresh() {
        List<Path> dirs = projects.get();
        UiTask.of(executor, ticket -> resolver.resolve(dirs, ticket.token()))
                .in(slot)
                .onSuccess(cache::applyNeeds)
                .onFailure(Exception.class, e -> {
                    LOG.log(System.Logger.Level.WARNING, "cannot read the projects: " + e.getMessage());
                    cache.applyNeeds(ProjectNeeds.NONE);
                })
                .start();
    }
}
