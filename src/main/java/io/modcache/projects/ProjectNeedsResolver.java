package io.modcache.projects;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.CancellationToken;
import io.modcache.fs.AtomicFiles;
import io.modcache.fs.FileStat;
import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out {@link ProjectNeeds} for project folders: finds their modules and workspaces, reads
 * go.mod, go.sum, go.work and go.work.sum, and keeps each module's result in a cache file keyed by
 * those files' size, times and inode, so an unchanged project is not read again. Reading is
 * offline and fast; a corrupt cache file is ignored.
 */
public final class ProjectNeedsResolver {

    private static final System.Logger LOG = System.getLogger(ProjectNeedsResolver.class.getName());
    private static final int FORMAT = 1;

    /** One module's cached result, valid while its files have this fingerprint. */
    record CachedModule(String fingerprint, List<String[]> needs, List<String> problems) {
    }

    private final Path cacheFile;
    private final Map<String, CachedModule> cache = new HashMap<>();
    private boolean loaded;

    /** @param cacheFile where results are kept between runs; null keeps them in memory only */
    public ProjectNeedsResolver(Path cacheFile) {
        this.cacheFile = cacheFile;
    }

    public synchronized ProjectNeeds resolve(List<Path> projectDirs, CancellationToken cancel) throws IOException {
        if (projectDirs.isEmpty()) {
            return ProjectNeeds.NONE;
        }
        load();
        ProjectFinder.Found found = ProjectFinder.find(projectDirs, cancel);
        List<String> problems = new ArrayList<>(found.problems());
        Map<Path, GoWorkFile> workspaceOf = new HashMap<>();
        for (Path work : found.workspaces()) {
            GoWorkFile w = GoWorkFile.read(work);
            problems.addAll(w.problems());
            w.uses().forEach(module -> workspaceOf.putIfAbsent(module, w));
        }
        Map<Path, Map<VersionId, Need>> needs = new LinkedHashMap<>();
        boolean changed = false;
        for (Path module : found.modules()) {
            cancel.throwIfCancelled();
            GoWorkFile work = workspaceOf.get(module.toAbsolutePath().normalize());
            String fingerprint = fingerprint(module, work);
            CachedModule cached = cache.get(module.toString());
            if (cached == null || !cached.fingerprint().equals(fingerprint)) {
                cached = read(module, work, fingerprint);
                cache.put(module.toString(), cached);
                changed = true;
            }
            Map<VersionId, Need> moduleNeeds = new HashMap<>();
            cached.needs().forEach(n -> moduleNeeds.put(new VersionId(n[0], n[1]), Need.valueOf(n[2])));
            needs.put(module, moduleNeeds);
            problems.addAll(cached.problems());
        }
        if (changed) {
            save();
        }
        return ProjectNeeds.of(needs, problems);
    }

    private static CachedModule read(Path module, GoWorkFile work, String fingerprint) {
        List<String> problems = new ArrayList<>();
        GoModFile mod = GoModFile.read(module.resolve("go.mod"));
        problems.addAll(mod.problems());
        List<GoSumFile> sums = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>(mod.replacements());
        addSum(module.resolve("go.sum"), sums, problems);
        if (work != null) {
            addSum(work.file().resolveSibling("go.work.sum"), sums, problems);
            replacements.addAll(work.replacements());
        }
        List<String[]> needs = new ArrayList<>();
        ModuleNeeds.resolve(sums, replacements).forEach((id, need) -> needs.add(new String[] {id.path(), id.version(), need.name()}));
        return new CachedModule(fingerprint, needs, problems);
    }

    private static void addSum(Path file, List<GoSumFile> sums, List<String> problems) {
        try {
            FileStat.of(file);
        } catch (IOException absent) {
            return;
        }
        GoSumFile sum = GoSumFile.read(file);
        sums.add(sum);
        problems.addAll(sum.problems());
    }

    /** What identifies the state of the files a module's needs come from, without reading them. */
    static String fingerprint(Path module, GoWorkFile work) {
        StringBuilder s = new StringBuilder();
        List<Path> files = new ArrayList<>(List.of(module.resolve("go.mod"), module.resolve("go.sum")));
        if (work != null) {
            files.add(work.file());
            files.add(work.file().resolveSibling("go.work.sum"));
        }
        for (Path f : files) {
            s.append(f.getFileName()).append('=');
            try {
                FileStat st = FileStat.of(f);
                s.append(st.size()).append('/').append(st.mtimeNanos()).append('/').append(st.ctimeNanos()).append('/').append(st.inode());
            } catch (NoSuchFileException e) {
                s.append('-');
            } catch (IOException e) {
                s.append('?');
            }
            s.append(';');
        }
        return s.toString();
    }

    /** The JSON file's shape. */
    record CacheFile(int format, Map<String, CachedModule> modules) {
    }

    private void load() {
        if (loaded || cacheFile == null) {
            loaded = true;
            return;
        }
        loaded = true;
        try {
            CacheFile stored = mapper().readValue(SafeFiles.read(cacheFile, SafeFiles.OWN_FILE_CAP), new TypeReference<CacheFile>() { });
            if (stored.format() == FORMAT && stored.modules() != null) {
                cache.putAll(stored.modules());
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "projects cache " + cacheFile + " is unreadable (" + e.getMessage() + "); rebuilding it");
        }
    }

    private void save() {
        if (cacheFile == null) {
            return;
        }
        try {
            AtomicFiles.writeString(cacheFile, mapper().writeValueAsString(new CacheFile(FORMAT, Map.copyOf(cache))));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the projects cache " + cacheFile + ": " + e.getMessage());
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
