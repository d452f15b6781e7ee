package io.modcache.ui.details;

import io.modcache.ui.common.FxmlViews;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details pane's text is as high as it wraps, in the proportional font and in the monospaced
 * one of the module's version list, so no line is cut off: its own scroll bar is hidden.
 */
@ExtendWith(ApplicationExtension.class)
class SelectableTextTest {

    private static final String VERSIONS = String.join("\n",
            "v0.7.0                      43.8 MiB  verified           needed by 1 project",
            "v0.0.0-20230110181048-76db0878b65f  1.2 MiB  dir has been modified  graph only",
            "v0.3.8                     120.5 KiB  not verified");

    private SelectableText proportional;
    private SelectableText mono;
    private SelectableText title;
    private static final String LONG_ID = "github.com/hashicorp/terraform-plugin-sdk/v2@v2.0.0-20200101000000-abcdef012345";

    @Start
    void start(Stage stage) {
        proportional = new SelectableText("golang.org/x/text@v0.7.0 is needed by /home/me/src/project-one (source), "
                + "/home/me/src/project-two (module graph only) and /home/me/src/a-third-project-with-a-long-name (source)\nand a last line");
        mono = new SelectableText(VERSIONS);
        mono.getStyleClass().add("details-mono");
        title = new SelectableText(LONG_ID);
        title.getStyleClass().add("details-title");
        title.setMaxWidth(260); // the window may be wider: another test class may leave the stage maximised
        VBox box = new VBox(8, proportional, mono, title);
        Scene scene = new Scene(box, 260, 600);
        scene.getStylesheets().add(FxmlViews.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static double hidden(SelectableText text) {
        ScrollPane scroll = (ScrollPane) text.lookup(".scroll-pane");
        return scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
    }

    @Test
    void everyWrappedRowShowsAtEveryWidth(FxRobot robot) {
        for (double width : new double[] {260, 420, 700, 1100}) {
            robot.interact(() -> robot.window(0).setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(hidden(proportional)).as("proportional text cut at width %s", width).isLessThan(1);
            assertThat(hidden(mono)).as("monospaced text cut at width %s", width).isLessThan(1);
        }
        assertThat(mono.getPrefRowCount()).as("the versions wrap at the narrowest width, then fit").isEqualTo(3);
    }

    @Test
    void aLongModuleVersionBreaksAtItsSlashesAndCopiesWhole(FxRobot robot) {
        String[] lines = title.getText().split("\n");
        assertThat(lines).as("shown on several lines: %s", title.getText()).hasSizeGreaterThan(1);
        for (int i = 0; i < lines.length - 1; i++) {
            assertThat(lines[i].endsWith("/") || lines[i].endsWith("-") || lines[i + 1].startsWith("@"))
                    .as("line %s of %s breaks after / or -, or before @", i, title.getText()).isTrue();
        }
        assertThat(hidden(title)).as("every line shown").isLessThan(1);
        assertThat(title.wholeText()).isEqualTo(LONG_ID);

        robot.interact(() -> {
            title.selectAll();
            title.copy();
        });
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(LONG_ID);

        robot.interact(() -> title.setText("golang.org/x/text@v0.7.0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).as("a text that fits is shown as it is").isEqualTo("golang.org/x/text@v0.7.0");
        assertThat(title.wholeText()).isEqualTo("golang.org/x/text@v0.7.0");
    }
}
