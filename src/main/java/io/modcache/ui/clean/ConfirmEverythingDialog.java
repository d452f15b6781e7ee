package io.modcache.ui.clean;

import io.modcache.text.Text;
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
        setTitle(Text.get("everything.title"));
        setHeaderText(Text.get("everything.header", root));
        typed.setId("confirmPhrase");
        typed.setPromptText(PHRASE);
        Label explain = new Label(Text.get("everything.explain", PHRASE));
        explain.setWrapText(true);
        VBox content = new VBox(8, explain, typed);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        io.modcache.ui.common.Themes.dress(getDialogPane());
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Text.get("everything.continue"));
        ok.setDefaultButton(false);
        ok.disableProperty().bind(typed.textProperty().isNotEqualTo(PHRASE));
        setResultConverter(b -> b == ButtonType.OK && PHRASE.equals(typed.getText()));
    }

    public static boolean ask(Window owner, Path root) {
        return new ConfirmEverythingDialog(owner, root).showAndWait().orElse(false);
    }
}
