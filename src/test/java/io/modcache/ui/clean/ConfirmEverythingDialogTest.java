package io.modcache.ui.clean;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting the whole cache needs the phrase typed exactly; OK stays disabled until then. */
@ExtendWith(ApplicationExtension.class)
class ConfirmEverythingDialogTest {

    private ConfirmEverythingDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog = new ConfirmEverythingDialog(stage, Path.of("/home/me/go/pkg/mod"));
        dialog.show();
    }

    @Test
    void okOnlyAfterTheExactPhrase(FxRobot robot) {
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();

        robot.clickOn("#confirmPhrase").write("delete everythin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isTrue();

        robot.write("g");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isFalse();

        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isTrue();
    }
}
