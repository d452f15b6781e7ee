package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.fs.AtomicFiles;
import io.modcache.report.ScanReport;
import io.modcache.report.ScanReports;
import io.modcache.system.AccessTimeTracking;
import io.modcache.ui.common.UiExecutor;
import io.modcache.ui.common.UiTask;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.Selection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the context menus and the menu bar do with the selected rows: copy their folders,
 * {@code module@version} or {@code go get} lines, open a folder in the file manager, export the
 * scan. Texts are made here, without any control; the window hands them to the clipboard.
 */
public final class RowActions {

    /** Opens a folder in the desktop's file manager; may block, so it runs in the background. */
    @FunctionalInterface
    public interface FolderOpener {
        void open(Path folder) throws IOException;
    }

    private final UiExecutor executor;
    private final CacheModel cache;
    private final Selection selection;
    private final StatusLine status;
    private final Supplier<CacheLocation> location;
    private final FolderOpener opener;

    RowActions(UiExecutor executor, CacheModel cache, Selection selection, StatusLine status, Supplier<CacheLocation> location,
               FolderOpener opener) {
        this.executor = executor;
        this.cache = cache;
        this.selection = selection;
        this.status = status;
        this.location = location;
        this.opener = opener;
    }

    /** The selected rows' folders on disk, one a line: a version's extracted tree, a module's download folder. */
    public String paths() {
        return lines(row -> {
            Path folder = folder(row);
            return folder == null ? null : folder.toString();
        });
    }

    /** {@code module@version} for each selected version, the module path for a module row. */
    public String moduleVersions() {
        return lines(row -> switch (row.kind()) {
            case VERSION -> row.modulePath() + "@" + row.name();
            case MODULE, OTHER -> row.name();
        });
    }

    /** {@code go get module@version} for each selected version (a module row: its newest). */
    public String goGets() {
        return lines(row -> switch (row.kind()) {
            case VERSION -> "go get " + row.modulePath() + "@" + row.name();
            case MODULE -> row.versions().isEmpty() ? null : "go get " + row.name() + "@" + row.versions().get(0).name();
            case OTHER -> null;
        });
    }

    /** Opens the lead row's folder (a version's tree, else its download folder) in the file manager. */
    public void openFolder() {
        EntryId lead = selection.leadProperty().get();
        CacheRow row = lead == null ? null : cache.find(lead);
        Path folder = row == null ? null : folder(row);
        if (folder == null) {
            return;
        }
        UiTask.of(executor, ticket -> {
            Path shown = row.kind() == CacheRow.Kind.VERSION && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    ? downloadFolder(row.moduleVersion()) : folder;
            opener.open(shown);
            return shown;
        }).onSuccess(shown -> status.show(Text.get("actions.opened", shown)))
                .onFailure(IOException.class, e -> status.show(Text.get("actions.openFailed", e.getMessage())))
                .start();
    }

    /** Writes the last scan as JSON ({@code scan --json}'s report) or CSV (one line per version), in the background. */
    public void exportReport(Path file, boolean csv) {
        CacheScan scan = cache.scanProperty().get();
        if (scan == null) {
            status.show(Text.get("actions.nothingToExport"));
            return;
        }
        AccessTimeTracking tracking = cache.trackingProperty().get();
        var needs = cache.needsProperty().get();
        UiTask.of(executor, ticket -> {
            ScanReport report = ScanReports.toReport(scan, Map.of(), needs, tracking);
            AtomicFiles.writeString(file, csv ? ScanReports.versionsCsv(report)
                    : ScanReports.mapper().writeValueAsString(report));
            return file;
        }).onSuccess(written -> status.show(Text.get("actions.exported", written)))
                .onFailure(IOException.class, e -> status.show(Text.get("actions.exportFailed", file, e.getMessage())))
                .start();
    }

    private String lines(Function<CacheRow, String> text) {
        List<String> out = new ArrayList<>();
        for (EntryId id : selection.ids()) {
            CacheRow row = cache.find(id);
            String line = row == null ? null : text.apply(row);
            if (line != null) {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private Path folder(CacheRow row) {
        CacheLocation where = location.get();
        if (where == null) {
            return null;
        }
        Path root = where.root();
        return switch (row.kind()) {
            case VERSION -> root.resolve(row.moduleVersion().escapedPath() + "@" + row.moduleVersion().escapedVersion());
            case MODULE -> row.versions().isEmpty() ? null : downloadFolder(row.versions().get(0).moduleVersion());
            case OTHER -> root.resolve(row.name());
        };
    }

    private Path downloadFolder(ModuleVersion v) {
        return location.get().root().resolve("cache").resolve("download").resolve(v.escapedPath()).resolve("@v");
    }
}
