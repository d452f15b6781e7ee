package io.modcache.ui.main;

import io.modcache.sumdb.Provenance;
import io.modcache.ui.model.StatusBadge;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell shows the checksum database's diamond for the row it shows now, as it is reused for others. */
@ExtendWith(ApplicationExtension.class)
class VerificationCellTest {

    private VerificationCell cell;

    @Start
    void start(Stage stage) {
        cell = new VerificationCell(); // a control needs the toolkit, which is started by now
        stage.setScene(new Scene(new StackPane(cell), 300, 40));
        stage.show();
    }

    private List<String> shown() {
        HBox graphic = (HBox) cell.getGraphic();
        return graphic == null ? List.of() : graphic.getChildren().stream().map(Node::getStyleClass)
                .map(classes -> classes.contains("sumdb-icon") ? "diamond" : "icon").toList();
    }

    private void show(StatusBadge badge) {
        cell.updateItem(badge, badge == null);
    }

    @Test
    void theDiamondComesAndGoesWithTheRowShown(FxRobot robot) {
        StatusBadge verified = new StatusBadge(StatusBadge.Tone.OK, "verified", "");
        StatusBadge confirmed = verified.withProvenance(new Provenance(Provenance.State.CONFIRMED, "", 42, List.of("a h1:x")));
        StatusBadge unknown = verified.withProvenance(new Provenance(Provenance.State.UNKNOWN, "not looked up", 0, List.of()));

        robot.interact(() -> show(confirmed));
        assertThat(shown()).containsExactly("icon", "diamond");
        assertThat(cell.getText()).isEqualTo("verified");
        robot.interact(() -> show(confirmed));
        assertThat(shown()).as("shown again: still one diamond").containsExactly("icon", "diamond");
        robot.interact(() -> show(unknown));
        assertThat(shown()).as("nothing said: no diamond").containsExactly("icon");
        robot.interact(() -> show(verified));
        assertThat(shown()).containsExactly("icon");
        robot.interact(() -> show(null));
        assertThat(cell.getGraphic()).isNull();
        robot.interact(() -> show(confirmed));
        assertThat(shown()).containsExactly("icon", "diamond");
    }
}
