package io.modcache.ui.repair;

import io.modcache.repair.RepairOutcome;
import io.modcache.text.Text;
import io.modcache.ui.common.FxmlViews;
import io.modcache.ui.common.Themes;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** The plan of a repair, confirmed by Repair, then its progress and outcome; like the delete preview. */
public final class RepairDialog {

    private RepairDialog() {
    }

    /** @param deleteInstead opens the delete preview of the same versions: what is offered when go is not there */
    public static Stage open(Window owner, RepairViewModel model, Consumer<List<RepairOutcome>> onDone, Runnable deleteInstead) {
        Label header = new Label();
        header.setId("repairHeader");
        header.setWrapText(true);
        header.getStyleClass().add("dialog-header");
        header.textProperty().bind(model.headerProperty());
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("repairLines");
        lines.getStyleClass().add("repair-lines");
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button repair = new Button(Text.get("repair.repair"));
        repair.setId("repairConfirm");
        repair.getStyleClass().add("danger");
        repair.setDisable(!model.canRepair());
        Button close = new Button(Text.get("preview.cancelButton"));
        close.setId("repairClose");
        close.setCancelButton(true);
        Stage stage = new Stage();
        repair.setOnAction(e -> model.repair(onDone));
        close.setOnAction(e -> {
            if (model.stateProperty().get() == RepairViewModel.State.REPAIRING) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        model.stateProperty().addListener((obs, old, now) -> {
            repair.setDisable(true);
            close.setText(Text.get(now == RepairViewModel.State.REPAIRING ? "preview.stop" : "preview.close"));
        });
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, close, repair);
        if (!model.goAvailable()) {
            Button delete = new Button(Text.get("repair.deleteInstead"));
            delete.setId("repairDeleteInstead");
            delete.setOnAction(e -> {
                stage.close();
                deleteInstead.run();
            });
            buttons.getChildren().setAll(grow, close, delete);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, header, lines, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(FxmlViews.stylesheet());
        Themes.style(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Text.get("repair.title"));
        stage.setScene(scene);
        FxmlViews.size(stage, 820, 460, 520, 300);
        stage.setOnCloseRequest(e -> {
            if (model.stateProperty().get() == RepairViewModel.State.REPAIRING) {
                model.cancel();
                e.consume();
            }
        });
        stage.show();
        return stage;
    }
}
