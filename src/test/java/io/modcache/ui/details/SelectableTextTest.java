package io.modcache.ui.details;

import io.modcache.ui.common.FxmlViews;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
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

    @Start
    void start(Stage stage) {
        proportional = new SelectableText("golang.org/x/text@v0.7.0 is needed by /home/me/src/project-one (source), "
                + "/home/me/src/project-two (module graph only) and /home/me/src/a-third-project-with-a-long-name (source)\nand a last line");
        mono = new SelectableText(VERSIONS);
        mono.getStyleClass().add("details-mono");
        VBox box = new VBox(8, proportional, mono);
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
}
