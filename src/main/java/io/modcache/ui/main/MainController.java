package io.modcache.ui.main;

import io.modcache.cache.CacheLocation;
import io.modcache.cache.CacheScan;
import io.modcache.cache.GoVersions;
import io.modcache.ui.details.DetailsPane;
import io.modcache.ui.clean.ConfirmEverythingDialog;
import io.modcache.ui.clean.DeletePreviewController;
import io.modcache.ui.clean.DeletePreviewViewModel;
import io.modcache.ui.details.VersionDetails;
import io.modcache.report.ByteSizes;
import io.modcache.ui.common.Formats;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Callback;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

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
    @FXML private TreeTableColumn<CacheRow, StatusView> verificationColumn;
    @FXML private StatusBar statusBar;
    @FXML private Button verifyAllButton;
    @FXML private Button deleteButton;
    @FXML private Button deleteEverythingButton;
    @FXML private Button verifySelectedButton;
    @FXML private DetailsPane detailsPane;

    private final MainViewModel model;
    private final Label selectionLabel = new Label();
    private final Button cancelButton = new Button("Cancel");
    private final javafx.beans.value.ChangeListener<StatusView> detailsRefresher = (obs, old, now) -> showDetails(this.detailsRow);
    private boolean sorting;

    private final ProjectsEditor projectsEditor;

    /** Edits the list of project folders in a dialog; the app stores the result in its settings. */
    @FunctionalInterface
    public interface ProjectsEditor {
        void edit(javafx.stage.Window owner);
    }

    public MainController(MainViewModel model, ProjectsEditor projectsEditor) {
        this.model = model;
        this.projectsEditor = projectsEditor;
    }

    @FXML
    private void initialize() {
        tree.setRoot(model.treeRoot());
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<CacheRow>>) change ->
                model.selectionChanged(List.copyOf(tree.getSelectionModel().getSelectedItems())));
        tree.setRowFactory(t -> new KindStyledRow());
        tree.setPlaceholder(new Label(""));
        // Rows added by a running scan or a filter change join the user's chosen sort order.
        model.treeRoot().getChildren().addListener((ListChangeListener<TreeItem<CacheRow>>) change -> {
            boolean added = false;
            while (change.next()) {
                added |= change.wasAdded() && !change.wasPermutated();
            }
            if (added && !sorting && !tree.getSortOrder().isEmpty()) {
                sorting = true;
                try {
                    tree.sort();
                } finally {
                    sorting = false;
                }
            }
        });

        nameColumn.setCellValueFactory(p -> Bindings.createStringBinding(() -> p.getValue().getValue().name()));
        versionColumn.setCellValueFactory(p -> p.getValue().getValue().versionProperty());
        versionColumn.setComparator(GoVersions.ORDER);
        sizeColumn.setCellValueFactory(p -> p.getValue().getValue().bytesProperty());
        sizeColumn.setCellFactory(textCell(n -> ByteSizes.format(n.longValue())));
        filesColumn.setCellValueFactory(p -> p.getValue().getValue().filesProperty());
        filesColumn.setCellFactory(textCell(n -> String.format("%,d", n.longValue())));
        lastAccessColumn.setCellValueFactory(p -> p.getValue().getValue().lastAccessProperty());
        lastAccessColumn.setCellFactory(textCell(Formats::dateTime));
        downloadedColumn.setCellValueFactory(p -> p.getValue().getValue().downloadedProperty());
        downloadedColumn.setCellFactory(textCell(Formats::dateTime));
        verificationColumn.setCellValueFactory(p -> p.getValue().getValue().statusProperty());
        verificationColumn.setCellFactory(c -> new VerificationCell());
        verificationColumn.setComparator(java.util.Comparator.comparing(StatusView::tone).thenComparing(StatusView::text));

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
        searchField.textProperty().bindBidirectional(model.searchTextProperty());

        noticeLabel.textProperty().bind(model.noticeTextProperty());
        noticeBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (model.noticeProperty().get()) {
            case NONE, LOCATING -> false;
            default -> true;
        }, model.noticeProperty()));
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
        detailsPane.visibleProperty().set(true);
        model.selectedRowProperty().addListener((obs, old, row) -> showDetails(row));

        statusBar.textProperty().bind(model.statusTextProperty());
        statusBar.progressProperty().bind(model.progressProperty());
        selectionLabel.textProperty().bind(model.selectionTextProperty());
        selectionLabel.setId("selectionLabel");
        cancelButton.setId("cancelButton");
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(e -> model.cancel());
        statusBar.getRightItems().addAll(selectionLabel, cancelButton);
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
                    result -> model.deletionFinished(result, preview.scopeProperty().get()));
        }
    }

    @FXML
    private void editProjects() {
        projectsEditor.edit(tree.getScene().getWindow());
    }

    private CacheRow detailsRow;

    /** Shows a version row's details and keeps them current while its verdict changes. */
    private void showDetails(CacheRow row) {
        if (detailsRow != row) {
            if (detailsRow != null) {
                detailsRow.statusProperty().removeListener(detailsRefresher);
            }
            detailsRow = row;
            if (row != null) {
                row.statusProperty().addListener(detailsRefresher);
            }
        }
        CacheScan scan = model.lastScanProperty().get();
        if (row == null || row.kind() != CacheRow.Kind.VERSION || scan == null) {
            detailsPane.show(null);
            return;
        }
        detailsPane.show(VersionDetails.of(scan.root(), row.moduleVersion(), row.verdictProperty().get(),
                row.statusProperty().get().text()));
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

    private static <T> Callback<TreeTableColumn<CacheRow, T>, TreeTableCell<CacheRow, T>> textCell(Function<T, String> format) {
        return column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
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
