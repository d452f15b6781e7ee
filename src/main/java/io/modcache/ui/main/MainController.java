package io.modcache.ui.main;

import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.GoVersions;
import io.modcache.ui.clean.ConfirmEverythingDialog;
import io.modcache.ui.clean.DeletePreviewController;
import io.modcache.ui.clean.DeletePreviewViewModel;
import io.modcache.ui.common.Cells;
import io.modcache.ui.common.Formats;
import io.modcache.ui.details.DetailsPane;
import io.modcache.ui.details.VersionDetails;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.StatusBadge;
import io.modcache.ui.model.UsedBy;
import io.modcache.ui.rules.RulePanelController;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/** Binds the main window's controls to its {@link MainViewModel}. */
public final class MainController {

    @FXML private Label locationLabel;
    @FXML private Label locationSource;
    @FXML private Button changeButton;
    @FXML private Button rescanButton;
    @FXML private TextField searchField;
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
    @FXML private SplitPane sideSplit;
    @FXML private StatusBar statusBar;
    @FXML private Button verifyAllButton;
    @FXML private Button deleteButton;
    @FXML private Button deleteEverythingButton;
    @FXML private Button verifySelectedButton;
    @FXML private DetailsPane detailsPane;

    private final MainViewModel model;
    private final ProjectsEditor projectsEditor;
    private final Label selectionLabel = new Label();
    private final Button cancelButton = new Button("Cancel");
    private final ChangeListener<Object> detailsRefresher = (obs, old, now) -> refreshDetails();
    private CacheTreeItems items;
    private CacheRow detailsRow;

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
        tree.setPlaceholder(new Label(""));
        items = new CacheTreeItems(tree, model.cache(), model.selection());
        model.searchTextProperty().addListener((obs, old, text) -> items.setFilter(matching(text)));

        nameColumn.setCellValueFactory(p -> Bindings.createStringBinding(() -> p.getValue().getValue().name()));
        versionColumn.setCellValueFactory(p -> p.getValue().getValue().versionProperty());
        versionColumn.setComparator(GoVersions.ORDER);
        sizeColumn.setCellValueFactory(p -> p.getValue().getValue().bytesProperty());
        sizeColumn.setCellFactory(Cells.treeText(n -> Formats.bytes(n.longValue())));
        filesColumn.setCellValueFactory(p -> p.getValue().getValue().filesProperty());
        filesColumn.setCellFactory(Cells.treeText(n -> Formats.count(n.longValue())));
        lastAccessColumn.setCellValueFactory(p -> p.getValue().getValue().lastAccessProperty());
        lastAccessColumn.setCellFactory(Cells.treeText(t -> model.cache().trackingProperty().get().tracked() ? Formats.dateTime(t) : "not tracked"));
        model.cache().trackingProperty().addListener((obs, old, now) -> tree.refresh());
        downloadedColumn.setCellValueFactory(p -> p.getValue().getValue().downloadedProperty());
        downloadedColumn.setCellFactory(Cells.treeText(Formats::dateTime));
        verificationColumn.setCellValueFactory(p -> p.getValue().getValue().statusProperty());
        verificationColumn.setCellFactory(c -> new VerificationCell());
        verificationColumn.setComparator(Comparator.comparing(StatusBadge::tone).thenComparing(StatusBadge::text));
        usedByColumn.setCellValueFactory(p -> p.getValue().getValue().usedByProperty());
        usedByColumn.setCellFactory(c -> new UsedByCell());
        usedByColumn.setComparator(Comparator.comparingInt(UsedBy::weight));
        installRulePanel();

        bindLocation();
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        noticeLabel.textProperty().bind(model.session().noticeTextProperty());
        noticeBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (model.session().noticeProperty().get()) {
            case NONE, LOCATING -> false;
            default -> true;
        }, model.session().noticeProperty()));
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        rescanButton.disableProperty().bind(model.busyProperty());
        verifyAllButton.disableProperty().bind(model.busyProperty().or(model.lastScanProperty().isNull()));
        verifySelectedButton.disableProperty().bind(model.busyProperty().or(model.versionsSelectedProperty().not()));
        deleteButton.disableProperty().bind(model.busyProperty().or(model.anythingSelectedProperty().not()));
        deleteEverythingButton.disableProperty().bind(model.busyProperty().or(model.lastScanProperty().isNull()));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !deleteButton.isDisabled()) {
                e.consume();
                deleteSelected();
            }
        });
        model.leadRowProperty().addListener((obs, old, row) -> showDetails(row));
        model.lastScanProperty().addListener((obs, old, scan) -> showDetails(model.leadRowProperty().get()));

        statusBar.textProperty().bind(model.status().textProperty());
        statusBar.progressProperty().bind(model.status().progressProperty());
        selectionLabel.textProperty().bind(model.selectionTextProperty());
        selectionLabel.setId("selectionLabel");
        cancelButton.setId("cancelButton");
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(e -> model.cancel());
        statusBar.getRightItems().addAll(selectionLabel, cancelButton);
    }

    private void bindLocation() {
        locationLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? "locating…" : l.root().toString();
        }, model.locationProperty()));
        locationLabel.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? null : new Tooltip(l.describe());
        }, model.locationProperty()));
        locationSource.textProperty().bind(Bindings.createStringBinding(() -> {
            CacheLocation l = model.locationProperty().get();
            return l == null ? "" : "(from " + l.source().description() + ")";
        }, model.locationProperty()));
    }

    /** The Select by rule panel, beside the tree while its toggle is on. */
    private void installRulePanel() {
        Parent panel = RulePanelController.load(model.rules(), () -> rulesButton.setSelected(false), this::deleteSelected);
        rulesButton.selectedProperty().addListener((obs, old, show) -> {
            if (show) {
                sideSplit.getItems().add(panel);
                sideSplit.setDividerPositions(0.72);
                model.rules().evaluate();
            } else {
                sideSplit.getItems().remove(panel);
            }
        });
    }

    /** Modules whose path contains the text (case-insensitive); other entries by their path. */
    private static java.util.function.Predicate<CacheRow> matching(String text) {
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return row -> needle.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** F5 rescans, Ctrl+F (Cmd+F) goes to the search field. */
    public void installAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::rescan);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
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

    private void refreshDetails() {
        showDetails(model.leadRowProperty().get());
    }

    /** Shows a version row's details and keeps them current while its verdict changes. */
    private void showDetails(CacheRow row) {
        if (detailsRow != row) {
            if (detailsRow != null) {
                detailsRow.statusProperty().removeListener(detailsRefresher);
                detailsRow.verdictProperty().removeListener(detailsRefresher);
                detailsRow.usedByProperty().removeListener(detailsRefresher);
            }
            detailsRow = row;
            if (row != null) {
                row.statusProperty().addListener(detailsRefresher);
                row.verdictProperty().addListener(detailsRefresher);
                row.usedByProperty().addListener(detailsRefresher);
            }
        }
        CacheScan scan = model.lastScanProperty().get();
        if (row == null || row.kind() != CacheRow.Kind.VERSION || scan == null) {
            detailsPane.show(null);
            return;
        }
        detailsPane.show(VersionDetails.of(scan.root(), row.moduleVersion(), row.verdictProperty().get(),
                row.statusProperty().get().text(), row.usedByProperty().get()));
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the Go module cache folder");
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

    /** Styles module, version and other rows differently. */
    private static final class KindStyledRow extends TreeTableRow<CacheRow> {
        @Override
        protected void updateItem(CacheRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("module-row", "version-row", "other-row");
            if (!empty && row != null) {
                getStyleClass().add(switch (row.kind()) {
                    case MODULE -> "module-row";
                    case VERSION -> "version-row";
                    case OTHER -> "other-row";
                });
            }
        }
    }
}
