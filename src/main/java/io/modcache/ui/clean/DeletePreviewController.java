package io.modcache.ui.clean;

import io.modcache.text.Text;
import io.modcache.cache.CachePart;
import io.modcache.clean.DeletionResult;
import io.modcache.clean.PlanEntry;
import io.modcache.clean.Scope;
import io.modcache.ui.common.Cells;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.FxmlViews;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The modal delete preview window: what will go, the scope, warnings, then Delete or Cancel. */
public final class DeletePreviewController {

    @FXML private Label header;
    @FXML private TableView<PlanEntry> entries;
    @FXML private TableColumn<PlanEntry, String> whatColumn;
    @FXML private TableColumn<PlanEntry, String> versionColumn;
    @FXML private TableColumn<PlanEntry, Number> sizeColumn;
    @FXML private TableColumn<PlanEntry, Number> filesColumn;
    @FXML private TableColumn<PlanEntry, String> partsColumn;
    @FXML private TableColumn<PlanEntry, String> reasonsColumn;
    @FXML private Label totals;
    @FXML private ToggleGroup scopeGroup;
    @FXML private RadioButton scopeEverything;
    @FXML private RadioButton scopeExtracted;
    @FXML private ListView<String> warnings;
    @FXML private CheckBox rootConfirm;
    @FXML private ProgressBar progress;
    @FXML private Label summary;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private Button deleteButton;

    private final DeletePreviewViewModel model;
    private final Consumer<DeletionResult> onDeleted;
    private Stage stage;

    private DeletePreviewController(DeletePreviewViewModel model, Consumer<DeletionResult> onDeleted) {
        this.model = model;
        this.onDeleted = onDeleted;
    }

    /** Opens the preview over {@code owner}; {@code onDeleted} hears about a deletion when one happened. */
    public static Stage open(Window owner, DeletePreviewViewModel model, Consumer<DeletionResult> onDeleted) {
        DeletePreviewController controller = new DeletePreviewController(model, onDeleted);
        Scene scene = FxmlViews.load("/io/modcache/ui/clean/delete-preview.fxml", controller);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Text.get(model.isWholeCache() ? "preview.title.everything" : "preview.title"));
        stage.setScene(scene);
        FxmlViews.size(stage, 900, 640, 640, 420);
        if (owner instanceof Stage ownerStage) {
            stage.getIcons().setAll(ownerStage.getIcons());
        }
        controller.stage = stage;
        stage.setOnCloseRequest(e -> {
            if (model.stateProperty().get() == DeletePreviewViewModel.State.DELETING) {
                model.cancel();
                e.consume();
            }
        });
        model.replan();
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        header.textProperty().bind(model.headerProperty());
        entries.setItems(model.entries());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get() == DeletePreviewViewModel.State.PLANNING
                ? Text.get("preview.planning") : model.warnings().isEmpty() ? Text.get("preview.nothing") : Text.get("preview.nothingWhy"),
                model.stateProperty(), model.warnings()));
        entries.setPlaceholder(placeholder);
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        versionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(versionText(c.getValue())));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bytes()));
        sizeColumn.setCellFactory(Cells.tableText(n -> Formats.bytes(n.longValue())));
        filesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().files()));
        filesColumn.setCellFactory(Cells.tableText(n -> Formats.count(n.longValue())));
        partsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(partsText(c.getValue())));
        // short versions leave their room to the parts: at the dialog's size a version's parts are shown whole
        model.entries().addListener((javafx.collections.ListChangeListener<PlanEntry>) change -> fitColumns());
        fitColumns();
        reasonsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("; ", c.getValue().reasons())));
        reasonsColumn.setCellFactory(Cells.tableElided(javafx.scene.control.OverrunStyle.ELLIPSIS));
        // paths and pseudo-versions differ at their ends (the commit hash): cut in the middle
        whatColumn.setCellFactory(Cells.tableElided(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS));
        versionColumn.setCellFactory(Cells.tableElided(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS));
        partsColumn.setCellFactory(Cells.tableElided(javafx.scene.control.OverrunStyle.ELLIPSIS));
        // "Why" only when a rule chose what goes: a hand-picked selection has no reasons, and the parts need the room
        reasonsColumn.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.entries().stream().anyMatch(e -> !e.reasons().isEmpty()), model.entries()));
        totals.textProperty().bind(model.totalsProperty());

        scopeEverything.setUserData(Scope.EVERYTHING);
        scopeExtracted.setUserData(Scope.EXTRACTED);
        scopeGroup.selectToggle(model.scopeProperty().get() == Scope.EVERYTHING ? scopeEverything : scopeExtracted);
        scopeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.scopeProperty().set((Scope) now.getUserData());
            }
        });
        scopeEverything.disableProperty().bind(model.stateProperty().isNotEqualTo(DeletePreviewViewModel.State.READY)
                .and(model.stateProperty().isNotEqualTo(DeletePreviewViewModel.State.PLANNING)));
        scopeExtracted.disableProperty().bind(scopeEverything.disableProperty());

        warnings.setItems(model.warnings());
        // a reason is a sentence: wrapped to the list's width, not cut behind a horizontal scroll bar
        warnings.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        warnings.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        rootConfirm.setVisible(model.needsRootConfirmation());
        rootConfirm.setManaged(rootConfirm.isVisible());
        rootConfirm.selectedProperty().bindBidirectional(model.rootConfirmedProperty());

        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.stateProperty().isEqualTo(DeletePreviewViewModel.State.DELETING));
        progress.managedProperty().bind(progress.visibleProperty());
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(model.summaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        deleteButton.disableProperty().bind(model.canDeleteProperty().not());
        deleteButton.visibleProperty().bind(model.stateProperty().isNotEqualTo(DeletePreviewViewModel.State.DONE));
        exportButton.disableProperty().bind(model.planProperty().isNull());
        cancelButton.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stateProperty().get()) {
            case DONE, FAILED -> Text.get("preview.close");
            case DELETING -> Text.get("preview.stop");
            default -> Text.get("preview.cancelButton");
        }, model.stateProperty()));
    }

    @FXML
    private void delete() {
        model.delete(onDeleted);
    }

    @FXML
    private void cancelOrClose() {
        if (model.stateProperty().get() == DeletePreviewViewModel.State.DELETING) {
            model.cancel();
        } else {
            stage.close();
        }
    }

    @FXML
    private void export() {
        io.modcache.ui.common.ReportFiles.askWhere(stage, Text.get("preview.export"), "modcache-deletion.json", "JSON", "CSV")
                .ifPresent(c -> model.export(c.file().toPath(), c.csv()));
    }

    private static String partName(CachePart part) {
        return switch (part) {
            case TREE -> Text.get("part.tree");
            case ZIP -> Text.get("part.zip");
            case ZIPHASH -> Text.get("part.ziphash");
            case MOD -> Text.get("part.mod");
            case INFO -> Text.get("part.info");
            case PARTIAL -> Text.get("part.partial");
            case TEMP -> Text.get("part.temp");
            case LOCK -> Text.get("part.lock");
        };
    }

    private void fitColumns() {
        io.modcache.ui.common.ColumnFit.toContent(whatColumn, model.entries(), PlanEntry::path, 420);
        io.modcache.ui.common.ColumnFit.exactly(versionColumn, model.entries(), DeletePreviewController::versionText, 300);
        io.modcache.ui.common.ColumnFit.exactly(sizeColumn, model.entries(), e -> Formats.bytes(e.bytes()), 140);
        io.modcache.ui.common.ColumnFit.exactly(filesColumn, model.entries(), e -> Formats.count(e.files()), 120);
        io.modcache.ui.common.ColumnFit.toContent(partsColumn, model.entries(), DeletePreviewController::partsText, 340);
    }

    private static String versionText(PlanEntry entry) {
        return entry.isVersion() ? entry.version() : "(" + entry.otherKind().label() + ")";
    }

    private static String partsText(PlanEntry entry) {
        // the source tree and the zip first: where the column is too narrow, what it cuts matters least
        return entry.isVersion() ? entry.parts().stream().sorted().map(DeletePreviewController::partName).collect(Collectors.joining(", "))
                : Text.get("preview.allOfIt");
    }
}
