package io.modcache.ui.rules;

import io.modcache.ui.common.FxmlViews;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;

/** Binds the Select by rule panel's controls to its {@link RulePanelViewModel}. */
public final class RulePanelController {

    @FXML private CheckBox olderThanOn;
    @FXML private TextField olderThan;
    @FXML private CheckBox keepNewestOn;
    @FXML private Spinner<Integer> keepNewest;
    @FXML private CheckBox unused;
    @FXML private CheckBox broken;
    @FXML private CheckBox budgetOn;
    @FXML private TextField budget;
    @FXML private TextField pattern;
    @FXML private CheckBox includeUsed;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private Label notes;
    @FXML private Button selectButton;
    @FXML private Button deleteButton;

    private final RulePanelViewModel model;
    private final Runnable onClose;
    private final Runnable onDelete;

    /** What the panel asks of the window it sits in. */
    private RulePanelController(RulePanelViewModel model, Runnable onClose, Runnable onDelete) {
        this.model = model;
        this.onClose = onClose;
        this.onDelete = onDelete;
    }

    /**
     * The panel's view.
     *
     * @param onDelete opens the delete preview of the selection (after the matches were selected)
     */
    public static Parent load(RulePanelViewModel model, Runnable onClose, Runnable onDelete) {
        return FxmlViews.loadNode("/io/modcache/ui/rules/rule-panel.fxml", new RulePanelController(model, onClose, onDelete));
    }

    @FXML
    private void initialize() {
        olderThanOn.selectedProperty().bindBidirectional(model.olderThanOnProperty());
        olderThan.textProperty().bindBidirectional(model.olderThanProperty());
        olderThan.disableProperty().bind(olderThanOn.selectedProperty().not());
        keepNewestOn.selectedProperty().bindBidirectional(model.keepNewestOnProperty());
        keepNewest.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 999, model.keepNewestProperty().get()));
        keepNewest.valueProperty().addListener((obs, old, now) -> model.keepNewestProperty().set(now == null ? 0 : now));
        keepNewest.disableProperty().bind(keepNewestOn.selectedProperty().not());
        unused.selectedProperty().bindBidirectional(model.unusedProperty());
        broken.selectedProperty().bindBidirectional(model.brokenProperty());
        budgetOn.selectedProperty().bindBidirectional(model.budgetOnProperty());
        budget.textProperty().bindBidirectional(model.budgetProperty());
        budget.disableProperty().bind(budgetOn.selectedProperty().not());
        pattern.textProperty().bindBidirectional(model.patternProperty());
        includeUsed.selectedProperty().bindBidirectional(model.includeUsedProperty());
        summary.textProperty().bind(model.summaryProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(model.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        selectButton.disableProperty().bind(model.outcomeProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.outcomeProperty().get().picks().isEmpty(),
                        model.outcomeProperty())));
        deleteButton.disableProperty().bind(selectButton.disableProperty());
    }

    @FXML
    private void selectMatching() {
        model.selectMatching();
    }

    @FXML
    private void deleteMatching() {
        model.selectMatching();
        onDelete.run();
    }

    @FXML
    private void close() {
        onClose.run();
    }
}
