package io.modcache.cache;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assembles a scan's findings into modules (by path, versions newest first) and sorted other entries. */
final class ScanResults {

    private ScanResults() {
    }

    static CacheScan assemble(Path root, Instant startedAt, Collection<VersionAccumulator> versions,
                              Map<String, FileTally> moduleFiles, Collection<OtherEntry> others, CacheScan.Layout layout) {
        Map<String, List<ModuleVersion>> byModule = new HashMap<>();
        for (VersionAccumulator acc : versions) {
            if (acc.isLockOnly()) {
                acc.addTo(moduleFiles.computeIfAbsent(acc.escapedPath(), k -> new FileTally()));
                continue;
            }
            ModuleVersion v = acc.toVersion();
            byModule.computeIfAbsent(v.escapedPath(), k -> new ArrayList<>()).add(v);
        }
        List<String> modulePaths = new ArrayList<>(byModule.keySet());
        moduleFiles.keySet().stream().filter(k -> !byModule.containsKey(k)).forEach(modulePaths::add);
        List<CacheModule> modules = new ArrayList<>(modulePaths.size());
        for (String escaped : modulePaths) {
            List<ModuleVersion> vs = byModule.getOrDefault(escaped, new ArrayList<>());
            vs.sort(Comparator.comparing(ModuleVersion::version, GoVersions.NEWEST_FIRST));
            FileTally own = moduleFiles.getOrDefault(escaped, new FileTally());
            String path = vs.isEmpty() ? unescapeOrRaw(escaped) : vs.get(0).path();
            modules.add(new CacheModule(path, escaped, own.bytes, own.files, vs));
        }
        modules.sort(Comparator.comparing(CacheModule::path));
        List<OtherEntry> otherList = new ArrayList<>(others);
        otherList.sort(Comparator.comparing(OtherEntry::path));
        long files = modules.stream().mapToLong(CacheModule::files).sum() + otherList.stream().mapToLong(OtherEntry::files).sum();
        long bytes = modules.stream().mapToLong(CacheModule::bytes).sum() + otherList.stream().mapToLong(OtherEntry::bytes).sum();
        return new CacheScan(root, startedAt, modules, otherList, files, bytes, layout);
    }

    private static String unescapeOrRaw(String escaped) {
        try {
            return ModulePaths.unescapePath(escaped);
        } catch (InvalidModulePathException e) {
            return escaped;
        }
    }
}
