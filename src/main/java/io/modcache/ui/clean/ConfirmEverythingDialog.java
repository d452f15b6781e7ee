package io.modcache.ui.clean;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;

/** Deleting the whole cache is behind a typed confirmation, so it never happens by a stray click. */
public final class ConfirmEverythingDialog extends Dialog<Boolean> {

    public static final String PHRASE = "delete everything";

    private final TextField typed = new TextField();

    public ConfirmEverythingDialog(Window owner, Path root) {
        initOwner(owner);
        setTitle("Delete everything");
        setHeaderText("Delete every module version and entry in " + root + "?");
        typed.setId("confirmPhrase");
        typed.setPromptText(PHRASE);
        Label explain = new Label("Like go clean -modcache: go downloads what it needs again. Type \"" + PHRASE
                + "\" to continue to the preview.");
        explain.setWrapText(true);
        VBox content = new VBox(8, explain, typed);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        io.modcache.ui.common.Themes.dress(getDialogPane());
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Continue…");
        ok.setDefaultButton(false);
        ok.disableProperty().bind(typed.textProperty().isNotEqualTo(PHRASE));
        setResultConverter(b -> b == ButtonType.OK && PHRASE.equals(typed.getText()));
    }

    public static boolean ask(Window owner, Path root) {
        return new ConfirmEverythingDialog(owner, root).showAndWait().orElse(false);
    }
}
