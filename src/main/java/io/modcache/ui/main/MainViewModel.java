package io.modcache.ui.main;

import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.OtherEntry;
import io.modcache.cache.ScanListener;
import io.modcache.cache.ScanProgress;
import io.modcache.concurrent.CancellationToken;
import io.modcache.report.ByteSizes;
import io.modcache.ui.common.UiBatcher;
import io.modcache.ui.common.UiExecutor;
import io.modcache.projects.GoSumIndex;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.Scope;
import io.modcache.ui.clean.DeletePreviewViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/** State and actions of the main window, free of controls so it can be tested without a screen. */
public final class MainViewModel {

    private final UiExecutor executor;
    private final MainServices services;
    private final CacheTree tree = new CacheTree();

    private final ReadOnlyObjectWrapper<CacheLocation> location = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<CacheRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper versionsSelected = new ReadOnlyBooleanWrapper();
    private List<ModuleVersion> selectedVersions = List.of();
    private List<OtherEntry> selectedOthers = List.of();
    private final ReadOnlyBooleanWrapper anythingSelected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CacheScan> lastScan = new ReadOnlyObjectWrapper<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Path> chosenRoot = new SimpleObjectProperty<>();

    private final DoubleProperty verifyFraction = new SimpleDoubleProperty();
    private CancellationToken currentToken;
    private int generation;

    public MainViewModel(UiExecutor executor, MainServices services) {
        this.executor = executor;
        this.services = services;
        searchText.addListener((obs, old, text) -> tree.setFilter(text));
        busy.bind(scanning.or(verifying));
        progress.bind(Bindings.when(scanning).then(-1.0).otherwise(Bindings.when(verifying).then(verifyFraction).otherwise(0.0)));
    }

    public TreeItem<CacheRow> treeRoot() {
        return tree.root();
    }

    /** Uses {@code root} as the cache from now on and scans it. */
    public void chooseRoot(Path root) {
        chosenRoot.set(root);
        rescan();
    }

    /** Locates the cache (unless one was chosen) and scans it; a running scan or verification is cancelled first. */
    public void rescan() {
        cancel();
        CancellationToken token = new CancellationToken();
        currentToken = token;
        int gen = ++generation;
        tree.clear();
        lastScan.set(null);
        selectedVersions = List.of();
        selectedOthers = List.of();
        versionsSelected.set(false);
        anythingSelected.set(false);
        selectedRow.set(null);
        scanning.set(true);
        notice.set(Notice.LOCATING);
        noticeText.set("Looking for the module cache…");
        statusText.set("Scanning…");
        Path chosen = chosenRoot.get();
        UiBatcher<ModuleVersion> versions = new UiBatcher<>(executor, batch -> {
            if (gen == generation) {
                tree.addVersions(batch);
            }
        });
        UiBatcher<OtherEntry> others = new UiBatcher<>(executor, batch -> {
            if (gen == generation) {
                tree.addOthers(batch);
            }
        });
        UiBatcher<ScanProgress> progress = new UiBatcher<>(executor, batch -> {
            if (gen == generation && scanning.get()) {
                statusText.set("Scanning… " + describe(batch.get(batch.size() - 1)));
            }
        });
        executor.runInBackground(() -> {
            CacheLocation where = services.locator().locate(chosen);
            executor.runOnUiThread(() -> {
                if (gen == generation) {
                    location.set(where);
                    notice.set(Notice.NONE);
                }
            });
            ScanListener listener = new ScanListener() {
                @Override
                public void versionFound(ModuleVersion version) {
                    versions.add(version);
                }

                @Override
                public void otherFound(OtherEntry entry) {
                    others.add(entry);
                }

                @Override
                public void progress(ScanProgress p) {
                    progress.add(p);
                }
            };
            try {
                CacheScan scan = services.scanner().scan(where.root(), listener, token);
                executor.runOnUiThread(() -> {
                    versions.flushNow();
                    others.flushNow();
                    finished(gen, scan);
                });
            } catch (CancellationException e) {
                executor.runOnUiThread(() -> failed(gen, Notice.CANCELLED, "Scan cancelled. Press F5 to scan again."));
            } catch (NoSuchFileException | NotDirectoryException e) {
                executor.runOnUiThread(() -> failed(gen, Notice.NO_CACHE, "No module cache found at " + where.describe()
                        + ".\nLooked at: " + String.join(", ", services.locator().candidatesDescription()) + "."));
            } catch (AccessDeniedException e) {
                executor.runOnUiThread(() -> failed(gen, Notice.UNREADABLE, "Cannot read " + where.root() + ": permission denied."));
            } catch (IOException | RuntimeException e) {
                executor.runOnUiThread(() -> failed(gen, Notice.UNREADABLE, "Cannot scan " + where.root() + ": " + e.getMessage()));
            }
        });
    }

    public void cancel() {
        if (currentToken != null && busy.get()) {
            currentToken.cancel();
        }
    }

    /** Verifies every version in the tree. */
    public void verifyAll() {
        verify(tree.allVersions(), true);
    }

    /** Verifies the selected versions (a selected module stands for all its versions). */
    public void verifySelected() {
        verify(selectedVersions, false);
    }

    private void verify(List<ModuleVersion> versions, boolean all) {
        CacheScan scan = lastScan.get();
        if (busy.get() || scan == null || versions.isEmpty()) {
            return;
        }
        CancellationToken token = new CancellationToken();
        currentToken = token;
        int gen = generation;
        verifying.set(true);
        verifyFraction.set(0);
        statusText.set("Verifying " + versions.size() + (versions.size() == 1 ? " version…" : " versions…"));
        new VerificationJob(executor, services.verifier(), tree).start(scan.root(), versions, all, services.projectDirs().get(), token,
                new VerificationJob.Listener() {
                    @Override
                    public void progress(int done, int total) {
                        if (gen == generation && verifying.get()) {
                            verifyFraction.set(done / (double) total);
                            statusText.set(String.format("Verifying… %d of %d versions", done, total));
                        }
                    }

                    @Override
                    public void finished(String summary) {
                        stopVerifying(gen, summary);
                    }
                });
    }

    private void stopVerifying(int gen, String text) {
        if (gen == generation) {
            verifying.set(false);
            statusText.set(text);
        }
    }

    /**
     * The preview of deleting the selection, or (when {@code everything}) the whole cache; null
     * when there is nothing to delete or work is running. Nothing is deleted until the preview's
     * Delete is pressed.
     */
    public DeletePreviewViewModel deletionPreview(boolean everything) {
        CacheScan scan = lastScan.get();
        if (busy.get() || scan == null) {
            return null;
        }
        List<ModuleVersion> versions = everything ? tree.allVersions() : selectedVersions;
        List<OtherEntry> others = everything ? scan.other() : selectedOthers;
        if (versions.isEmpty() && others.isEmpty()) {
            return null;
        }
        List<Path> projects = services.projectDirs().get();
        return new DeletePreviewViewModel(executor, scan.root(), versions, others, everything, () -> {
            try {
                return GoSumIndex.load(projects, List.of(), CancellationToken.NONE);
            } catch (IOException e) {
                return GoSumIndex.EMPTY;
            }
        }, services.privatePatterns(), services.deleter(), scan.layout() == CacheScan.Layout.MODULE_CACHE);
    }

    /** Shows a finished deletion in the tree without rescanning. */
    public void deletionFinished(DeletionResult result, Scope scope) {
        tree.applyDeletion(result.deleted().stream().map(DeletionResult.Deleted::entry).toList(), scope);
        statusText.set(String.format("Deleted %d entries, freed %s%s", result.deleted().size(), ByteSizes.format(result.freedBytes()),
                result.failed().isEmpty() ? "" : " · " + result.failed().size() + " failed"));
        selectedVersions = List.of();
        selectedOthers = List.of();
        versionsSelected.set(false);
        anythingSelected.set(false);
        selectionText.set("");
    }

    private void finished(int gen, CacheScan scan) {
        if (gen != generation) {
            return;
        }
        tree.complete(scan);
        lastScan.set(scan);
        scanning.set(false);
        verifyFraction.set(0);
        statusText.set(String.format("%d modules · %d versions · %d files · %s", scan.modules().size(),
                scan.versionCount(), scan.totalFiles(), ByteSizes.format(scan.totalBytes())));
        switch (scan.layout()) {
            case EMPTY -> {
                notice.set(Notice.EMPTY);
                noticeText.set("The module cache at " + scan.root() + " is empty. "
                        + "It fills when you build or run `go mod download` in a Go project.");
            }
            case NOT_A_MODULE_CACHE -> {
                notice.set(Notice.NOT_A_MODULE_CACHE);
                noticeText.set(scan.root() + " does not look like a Go module cache "
                        + "(no cache/download folder, no module@version folders). Its contents are listed as other entries.");
            }
            case MODULE_CACHE -> notice.set(Notice.NONE);
        }
    }

    private void failed(int gen, Notice kind, String text) {
        if (gen != generation) {
            return;
        }
        scanning.set(false);
        notice.set(kind);
        noticeText.set(text);
        statusText.set(kind == Notice.CANCELLED ? "Cancelled" : "No cache scanned");
    }

    /** Updates the selection summary and the details from the rows selected in the tree. */
    public void selectionChanged(List<TreeItem<CacheRow>> selected) {
        List<CacheRow> versions = CacheTree.versionsIn(selected).toList();
        selectedVersions = versions.stream().map(CacheRow::moduleVersion).toList();
        selectedOthers = selected.stream().filter(i -> i != null && i.getValue() != null && i.getValue().kind() == CacheRow.Kind.OTHER)
                .map(i -> i.getValue().otherEntry()).toList();
        versionsSelected.set(!versions.isEmpty());
        anythingSelected.set(!versions.isEmpty() || !selectedOthers.isEmpty());
        TreeItem<CacheRow> last = selected.isEmpty() ? null : selected.get(selected.size() - 1);
        selectedRow.set(last == null ? null : last.getValue());
        if (versions.isEmpty()) {
            selectionText.set("");
            return;
        }
        long bytes = versions.stream().mapToLong(CacheRow::bytes).sum();
        selectionText.set(versions.size() + (versions.size() == 1 ? " version" : " versions") + " selected · " + ByteSizes.format(bytes));
    }

    private static String describe(ScanProgress p) {
        return String.format("%d versions · %d files · %s", p.versions(), p.files(), ByteSizes.format(p.bytes()));
    }

    public ReadOnlyObjectProperty<CacheLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    /** Scanning or verifying. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** -1 while scanning (unknown length), 0..1 while verifying, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The row selected last, for the details pane. */
    public ReadOnlyObjectProperty<CacheRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty versionsSelectedProperty() {
        return versionsSelected.getReadOnlyProperty();
    }

    /** Versions, modules or other entries are selected. */
    public ReadOnlyBooleanProperty anythingSelectedProperty() {
        return anythingSelected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CacheScan> lastScanProperty() {
        return lastScan.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }
}
