package io.modcache.ui.main;

import io.modcache.ui.common.FxmlViews;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Size column's bar is as wide as the share it shows, under the size in words at the right. */
@ExtendWith(ApplicationExtension.class)
class ShareBarTest {

    private ShareBar shareBar;

    @Start
    void start(Stage stage) {
        shareBar = new ShareBar(); // a control needs the toolkit, which is started by now
        shareBar.setPrefWidth(200);
        shareBar.setMaxWidth(200);
        shareBar.getStyleClass().add("size-cell");
        Scene scene = new Scene(new HBox(shareBar), 300, 40);
        scene.getStylesheets().add(FxmlViews.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBarFillsTheShareAndFollowsTheNextRow(FxRobot robot) {
        robot.interact(() -> shareBar.show("180 MiB", 0.25));
        Node bar = shareBar.lookup(".share-bar");
        Label words = (Label) shareBar.lookup(".label");
        assertThat(bar.getLayoutBounds().getWidth()).isCloseTo(50, within(1.0));
        assertThat(words.getText()).isEqualTo("180 MiB");
        assertThat(words.getLayoutX() + words.getWidth()).as("right-aligned").isCloseTo(200, within(1.0));

        robot.interact(() -> shareBar.show("7.3 GiB", 1.5));
        assertThat(bar.getLayoutBounds().getWidth()).as("a share is at most the whole").isCloseTo(200, within(1.0));
        robot.interact(() -> shareBar.show("0 B", 0));
        assertThat(bar.getLayoutBounds().getWidth()).isZero();
        assertThat(words.getText()).isEqualTo("0 B");
    }
}
