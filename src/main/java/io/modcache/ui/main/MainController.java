package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.cache.CacheScan;
import io.modcache.ui.clean.ConfirmEverythingDialog;
import io.modcache.ui.clean.DeletePreviewController;
import io.modcache.ui.clean.DeletePreviewViewModel;
import io.modcache.ui.common.StartupTrace;
import io.modcache.ui.details.DetailsPane;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import io.modcache.ui.model.UsedBy;
import io.modcache.ui.overview.OverviewController;
import io.modcache.ui.rules.RulePanelController;
import io.modcache.ui.treemap.TreemapPaneController;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.textfield.CustomTextField;

import java.io.File;
import java.time.Instant;

/** Binds the main window's controls to its {@link MainViewModel}. */
public final class MainController {

    /** The most the details pane takes before it scrolls. */
    private static final double DETAILS_MAX_HEIGHT = 240;

    @FXML private Label locationLabel;
    @FXML private Label locationSource;
    @FXML private Button changeButton;
    @FXML private Button rescanButton;
    @FXML private CustomTextField searchField;
    @FXML private Button clearSearch;
    @FXML private SegmentedButton viewMode;
    @FXML private ToggleButton groupedButton;
    @FXML private ToggleButton flatButton;
    @FXML private ToggleButton treemapButton;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private Button chooseFolderButton;
    @FXML private TreeTableView<CacheRow> tree;
    @FXML private TreeTableColumn<CacheRow, String> nameColumn;
    @FXML private TreeTableColumn<CacheRow, String> versionColumn;
    @FXML private TreeTableColumn<CacheRow, Number> sizeColumn;
    @FXML private TreeTableColumn<CacheRow, Number> filesColumn;
    @FXML private TreeTableColumn<CacheRow, Instant> lastAccessColumn;
    @FXML private TreeTableColumn<CacheRow, Instant> downloadedColumn;
    @FXML private TreeTableColumn<CacheRow, StatusBadge> verificationColumn;
    @FXML private TreeTableColumn<CacheRow, UsedBy> usedByColumn;
    @FXML private ToggleButton rulesButton;
    @FXML private ToggleButton overviewButton;
    @FXML private SplitPane sideSplit;
    @FXML private SplitPane mapSplit;
    @FXML private SplitPane lowerSplit;
    @FXML private javafx.scene.layout.BorderPane treeArea;
    @FXML private StatusBar statusBar;
    @FXML private Button verifyAllButton;
    @FXML private Button deleteButton;
    @FXML private Button deleteEverythingButton;
    @FXML private Button verifySelectedButton;
    @FXML private ScrollPane detailsScroll;
    @FXML private DetailsPane detailsPane;
    @FXML private javafx.scene.layout.VBox topBox;

    private final MainViewModel model;
    private final ProjectsEditor projectsEditor;
    private final Label placeholder = new Label("");
    private CacheTreeItems items;
    private ViewMemory memory;
    private LowerViews lowerViews;
    private FilterBar filterBar;
    private Parent treemapPane;

    /** Edits the list of project folders in a dialog; the app stores the result in its settings. */
    @FunctionalInterface
    public interface ProjectsEditor {
        /** @return whether the list changed */
        boolean edit(javafx.stage.Window owner);
    }

    public MainController(MainViewModel model, ProjectsEditor projectsEditor) {
        this.model = model;
        this.projectsEditor = projectsEditor;
    }

    @FXML
    private void initialize() {
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setRowFactory(t -> new KindStyledRow());
        tree.setPlaceholder(placeholder);
        // the keyboard starts in the rows (arrows, Space, Delete), not on the first button, where Enter would open a folder chooser
        tree.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && scene.getFocusOwner() == null) {
                tree.requestFocus();
            }
        });
        items = new CacheTreeItems(tree, model.cache(), model.selection());
        CacheTreeColumns.install(new CacheTreeColumns.Columns(nameColumn, versionColumn, sizeColumn, filesColumn, lastAccessColumn,
                downloadedColumn, usedByColumn, verificationColumn), model.cache(), flatButton.selectedProperty());
        CacheTreeColumns.followTextSize(tree);
        model.cache().trackingProperty().addListener((obs, old, now) -> tree.refresh());
        StatusArea statusArea = new StatusArea(statusBar, model);
        filterBar = new FilterBar(searchField, clearSearch, statusArea.filterCounts(), placeholder, items, model, flatButton);
        installViewToggles();
        SidePanels sidePanels = new SidePanels(sideSplit);
        sidePanels.add(rulesButton, () -> RulePanelController.load(model.rules(), () -> rulesButton.setSelected(false),
                this::deleteSelected), () -> model.rules().evaluate(), () -> { });
        sidePanels.add(overviewButton, () -> OverviewController.load(model.overview(), model.selection(),
                () -> overviewButton.setSelected(false), this::editProjects), () -> model.overview().setActive(true), () -> model.overview().setActive(false));
        new DetailsPresenter(detailsPane, model.cache(), model.selection()).show();
        detailsScroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(DETAILS_MAX_HEIGHT, detailsPane.prefHeight(-1)), detailsPane.heightProperty(), detailsPane.getChildren()));
        detailsScroll.setMinWidth(220);
        lowerViews = new LowerViews(treeArea, mapSplit, lowerSplit, treemapPane, detailsScroll, treemapButton.selectedProperty(),
                () -> memory == null ? 0.55 : memory.divider());
        memory = new ViewMemory(model.viewSettings(), tree, mapSplit, treemapButton, flatButton, overviewButton,
                lowerViews.detailsShownProperty(), model.treemap());
        memory.restoreAndTrack();
        lowerViews.place();

        LocationBar.bind(locationLabel, locationSource, noticeBar, noticeLabel, model);
        rescanButton.disableProperty().bind(model.busyProperty());
        verifyAllButton.disableProperty().bind(model.busyProperty().or(model.hasVersions().not()));
        verifySelectedButton.disableProperty().bind(model.busyProperty().or(model.versionsSelectedProperty().not()));
        deleteButton.disableProperty().bind(model.busyProperty().or(model.anythingSelectedProperty().not()));
        deleteEverythingButton.disableProperty().bind(model.busyProperty().or(model.hasEntries().not()));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !deleteButton.isDisabled()) {
                e.consume();
                deleteSelected();
            }
        });
        installMenus();
    }

    /** The menu bar above the toolbars, the context menu on rows and tiles, and Ctrl+C. */
    private void installMenus() {
        MainMenuBar.Guards guards = new MainMenuBar.Guards(model.busyProperty(), model.lastScanProperty().isNull(), model.hasVersions().not(),
                model.anythingSelectedProperty().not(), model.versionsSelectedProperty().not());
        topBox.getChildren().add(0, MainMenuBar.create(new MainMenuBar.Commands(this::chooseFolder,
                        () -> ExportDialog.show(tree.getScene().getWindow(), model.rowActions()),
                        javafx.application.Platform::exit, () -> tree.getSelectionModel().selectAll(), () -> filterBar.focus(),
                        () -> RowContextMenu.copy(model.rowActions().paths()), this::verifyAll, model::verifyAllOnline, this::verifySelected,
                        this::editProjects, this::rescan, this::deleteSelected, () -> repair(false), () -> repair(true),
                        () -> HelpDialogs.shortcuts(tree.getScene().getWindow()),
                        () -> HelpDialogs.about(tree.getScene().getWindow())),
                new MainMenuBar.Toggles(rulesButton.selectedProperty(), treemapButton.selectedProperty(),
                        lowerViews.detailsShownProperty(), overviewButton.selectedProperty(), flatButton.selectedProperty()), guards,
                io.modcache.ui.common.Themes.chosenProperty()));
        java.util.function.Supplier<javafx.scene.control.ContextMenu> selectionMenu = () -> RowContextMenu.create(model.rowActions(),
                this::verifySelected, () -> repair(false), this::deleteSelected, model.busyProperty(),
                model.versionsSelectedProperty().not());
        tree.setContextMenu(selectionMenu.get());
        ((io.modcache.ui.treemap.TreemapView) treemapPane.lookup("#treemap")).setTileMenu(selectionMenu.get());
        io.modcache.ui.common.KeyboardMenus.install(tree, () -> FocusedRow.menuCorner(tree));
    }

    /** Keeps the window's place and size and the tree's columns between runs. */
    public void rememberLayout(MainServices.Stored<io.modcache.settings.WindowSettings> store, javafx.stage.Stage stage) {
        new WindowMemory(store, stage, tree).restoreAndTrack();
    }

    /** Grouped or flat; the treemap beside the tree or not. */
    private void installViewToggles() {
        viewMode.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always on
            }
        });
        flatButton.selectedProperty().addListener((obs, old, flat) -> {
            items.setFlat(flat);
            tree.refresh();
            filterBar.showCounts();
        });
        treemapPane = TreemapPaneController.load(model.treemap(), model.selection());
    }

    /** Start-up tracing for the benchmarks; the keys are the menu bar's accelerators. */
    public void installAccelerators(Scene scene) {
        if (StartupTrace.enabled()) {
            StartupTrace.afterNextPulse(scene, "window shown");
            model.cache().snapshotTimeProperty().addListener((obs, old, at) -> {
                if (at != null) {
                    StartupTrace.afterNextPulse(scene, "last scan shown");
                    StartupTrace.watchFrames(scene);
                }
            });
            model.lastScanProperty().addListener((obs, old, scan) -> {
                if (scan != null) {
                    StartupTrace.freshScanShown(scene);
                }
            });
        }
        // F5, Ctrl+F and the others are the menu bar's accelerators
    }

    @FXML
    private void clearSearch() {
        filterBar.clear();
    }

    @FXML
    private void rescan() {
        if (!model.busyProperty().get()) {
            model.rescan();
        }
    }

    @FXML
    private void verifyAll() {
        model.verifyAll();
    }

    @FXML
    private void verifySelected() {
        model.verifySelected();
    }

    /** Opens the preview of deleting the selection; only its Delete button deletes anything. */
    @FXML
    private void deleteSelected() {
        openPreview(model.deletionPreview(false));
    }

    @FXML
    private void deleteEverything() {
        CacheScan scan = model.lastScanProperty().get();
        if (scan != null && ConfirmEverythingDialog.ask(tree.getScene().getWindow(), scan.root())) {
            openPreview(model.deletionPreview(true));
        }
    }

    /** The repair plan for the selection or every broken version; after a repair the cache is scanned again. */
    private void repair(boolean allBroken) {
        model.repairPlan(allBroken, plan -> io.modcache.ui.repair.RepairDialog.open(tree.getScene().getWindow(), plan,
                outcomes -> model.rescan(), () -> {
                    model.selection().select(plan.versions().stream().map(v -> (io.modcache.cache.EntryId) v.id()).toList(), null);
                    deleteSelected();
                }));
    }

    private void openPreview(DeletePreviewViewModel preview) {
        if (preview != null) {
            DeletePreviewController.open(tree.getScene().getWindow(), preview,
                    model::deletionFinished);
        }
    }

    @FXML
    private void editProjects() {
        if (projectsEditor.edit(tree.getScene().getWindow())) {
            model.projectsChanged();
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Text.get("main.chooseCache"));
        // Only a root that was scanned is known to exist; checking others would be I/O on the FX thread.
        CacheScan scanned = model.lastScanProperty().get();
        if (scanned != null) {
            chooser.setInitialDirectory(scanned.root().toFile());
        }
        File dir = chooser.showDialog(tree.getScene().getWindow());
        if (dir != null) {
            model.chooseRoot(dir.toPath());
        }
    }
}
