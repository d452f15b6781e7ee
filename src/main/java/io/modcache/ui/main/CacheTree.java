package io.modcache.ui.main;

import io.modcache.cache.CacheModule;
import io.modcache.cache.CacheScan;
import io.modcache.cache.GoVersions;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.clean.PlanEntry;
import io.modcache.clean.Scope;
import io.modcache.verify.Verdict;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rows of the cache tree, built up batch by batch while a scan runs, and filtered by module
 * path. Lives on the UI thread.
 */
public final class CacheTree {

    private static final Comparator<TreeItem<CacheRow>> NEWEST_FIRST =
            Comparator.comparing(item -> item.getValue().name(), GoVersions.NEWEST_FIRST);

    /** Until the user sorts by a column: modules by path, then the other entries by path. */
    private static final Comparator<TreeItem<CacheRow>> TOP_LEVEL_ORDER =
            Comparator.<TreeItem<CacheRow>, Boolean>comparing(item -> item.getValue().kind() == CacheRow.Kind.OTHER)
                    .thenComparing(item -> item.getValue().name());

    private final TreeItem<CacheRow> root = new TreeItem<>();
    private final Map<String, ModuleNode> modules = new HashMap<>();
    private final List<TreeItem<CacheRow>> topLevel = new ArrayList<>();
    private String filter = "";

    private static final class ModuleNode {
        final TreeItem<CacheRow> item;
        final Map<String, TreeItem<CacheRow>> versions = new HashMap<>();
        long ownBytes;
        long ownFiles;

        ModuleNode(String path) {
            item = new TreeItem<>(CacheRow.module(path));
        }

        void reaggregate() {
            List<ModuleVersion> vs = item.getChildren().stream().map(c -> c.getValue().moduleVersion()).toList();
            item.getValue().aggregate(vs, ownBytes, ownFiles);
        }
    }

    public CacheTree() {
        root.setExpanded(true);
    }

    public TreeItem<CacheRow> root() {
        return root;
    }

    public void clear() {
        modules.clear();
        topLevel.clear();
        root.getChildren().clear();
    }

    /** Adds or replaces versions (a version reported again replaces its row's data). */
    public void addVersions(List<ModuleVersion> batch) {
        List<TreeItem<CacheRow>> newTop = new ArrayList<>();
        Map<String, ModuleNode> touched = new HashMap<>();
        for (ModuleVersion v : batch) {
            ModuleNode node = modules.get(v.escapedPath());
            if (node == null) {
                node = new ModuleNode(v.path());
                modules.put(v.escapedPath(), node);
                newTop.add(node.item);
            }
            TreeItem<CacheRow> existing = node.versions.get(v.version());
            if (existing != null) {
                existing.getValue().update(v);
            } else {
                TreeItem<CacheRow> item = new TreeItem<>(CacheRow.version(v));
                node.versions.put(v.version(), item);
                insertSorted(node.item.getChildren(), item, NEWEST_FIRST);
            }
            touched.put(v.escapedPath(), node);
        }
        touched.values().forEach(ModuleNode::reaggregate);
        addTopLevel(newTop);
    }

    /** Shows verdicts on their version rows and updates the modules' summaries. */
    public void applyVerdicts(List<Map.Entry<ModuleVersion, Verdict>> batch) {
        Map<String, ModuleNode> touched = new HashMap<>();
        for (Map.Entry<ModuleVersion, Verdict> e : batch) {
            ModuleNode node = modules.get(e.getKey().escapedPath());
            TreeItem<CacheRow> item = node == null ? null : node.versions.get(e.getKey().version());
            if (item != null) {
                item.getValue().applyVerdict(e.getValue());
                touched.put(e.getKey().escapedPath(), node);
            }
        }
        touched.values().forEach(ModuleNode::reaggregate);
    }

    /** Shows a deletion's outcome without a rescan: removed versions and entries go, trimmed versions shrink. */
    public void applyDeletion(List<PlanEntry> deleted, Scope scope) {
        Map<String, ModuleNode> touched = new HashMap<>();
        Set<String> removedOthers = new HashSet<>();
        for (PlanEntry e : deleted) {
            if (!e.isVersion()) {
                removedOthers.add(e.path());
                continue;
            }
            ModuleNode node = modules.get(e.escapedPath());
            TreeItem<CacheRow> item = node == null ? null : node.versions.get(e.version());
            if (item == null) {
                continue;
            }
            if (scope == Scope.EVERYTHING) {
                node.versions.remove(e.version());
                node.item.getChildren().remove(item);
            } else {
                item.getValue().update(item.getValue().moduleVersion().without(e.parts(), e.bytes(), e.files()));
            }
            touched.put(e.escapedPath(), node);
        }
        List<TreeItem<CacheRow>> gone = new ArrayList<>();
        touched.forEach((escaped, node) -> {
            if (node.versions.isEmpty()) {
                modules.remove(escaped);
                gone.add(node.item);
            } else {
                node.reaggregate();
            }
        });
        topLevel.stream().filter(i -> i.getValue().kind() == CacheRow.Kind.OTHER && removedOthers.contains(i.getValue().name()))
                .forEach(gone::add);
        topLevel.removeAll(gone);
        root.getChildren().removeAll(gone);
    }

    /** Every version row's current model, e.g. to verify them all. */
    public List<ModuleVersion> allVersions() {
        return modules.values().stream().flatMap(n -> n.item.getChildren().stream())
                .map(i -> i.getValue().moduleVersion()).toList();
    }

    public void addOthers(List<OtherEntry> batch) {
        addTopLevel(batch.stream().map(o -> new TreeItem<>(CacheRow.other(o))).toList());
    }

    /** Brings module-level sizes (such as {@code @v/list}) in from the finished scan. */
    public void complete(CacheScan scan) {
        List<ModuleVersion> missing = new ArrayList<>();
        for (CacheModule m : scan.modules()) {
            ModuleNode node = modules.get(m.escapedPath());
            if (node == null) {
                node = new ModuleNode(m.path());
                modules.put(m.escapedPath(), node);
                addTopLevel(List.of(node.item));
            }
            node.ownBytes = m.ownBytes();
            node.ownFiles = m.ownFiles();
            for (ModuleVersion v : m.versions()) {
                if (!node.versions.containsKey(v.version())) {
                    missing.add(v);
                }
            }
            node.reaggregate();
        }
        if (!missing.isEmpty()) {
            addVersions(missing);
        }
    }

    /** Shows only modules whose path contains {@code text} (case-insensitive); other entries by their path. */
    public void setFilter(String text) {
        filter = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        root.getChildren().setAll(topLevel.stream().filter(this::matches).toList());
    }

    /** Every version row under the given rows: a module row stands for all its versions. */
    public static Stream<CacheRow> versionsIn(List<TreeItem<CacheRow>> selected) {
        return selected.stream().filter(i -> i != null && i.getValue() != null).flatMap(i -> switch (i.getValue().kind()) {
            case VERSION -> Stream.of(i.getValue());
            case MODULE -> i.getChildren().stream().map(TreeItem::getValue);
            case OTHER -> Stream.empty();
        }).distinct();
    }

    private void addTopLevel(List<TreeItem<CacheRow>> items) {
        if (items.isEmpty()) {
            return;
        }
        for (TreeItem<CacheRow> item : items) {
            insertSorted(topLevel, item, TOP_LEVEL_ORDER);
        }
        List<TreeItem<CacheRow>> visible = items.stream().filter(this::matches).toList();
        if (visible.size() > 64) {
            // one list change for a large batch instead of many
            root.getChildren().setAll(topLevel.stream().filter(this::matches).toList());
        } else {
            visible.forEach(item -> insertSorted(root.getChildren(), item, TOP_LEVEL_ORDER));
        }
    }

    private boolean matches(TreeItem<CacheRow> item) {
        return filter.isEmpty() || item.getValue().name().toLowerCase(Locale.ROOT).contains(filter);
    }

    private static void insertSorted(List<TreeItem<CacheRow>> children, TreeItem<CacheRow> item,
                                     Comparator<TreeItem<CacheRow>> order) {
        int low = 0;
        int high = children.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (order.compare(children.get(mid), item) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        children.add(low, item);
    }
}
