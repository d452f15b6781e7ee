package io.modcache.ui.main;

import io.modcache.ui.details.SelectableText;
import io.modcache.testing.RequiresGo;
import io.modcache.concurrent.WorkerPool;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.common.FxUiExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Verify all in the real window: verdicts in the Verification column and the details pane. */
@RequiresGo
@ExtendWith(ApplicationExtension.class)
class VerifyWindowTest {

    @TempDir
    static Path dir;

    private static GoProxyFixture fixture;
    private WorkerPool workers;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new GoProxyFixture(GoTool.require(), dir);
        fixture.publish("example.com/fine", "v1.0.0", "fine.go", "package fine\n")
                .publish("example.com/broken", "v2.0.0+incompatible", "broken.go", "package broken\n");
        fixture.download("example.com/fine@v1.0.0", "example.com/broken@v2.0.0+incompatible");
        Files.delete(fixture.modcache().resolve("cache/download/example.com/broken/@v/v2.0.0+incompatible.ziphash"));
        workers = new WorkerPool(2);
        model = new MainViewModel(new FxUiExecutor(workers), TestServices.of(workers, Map.of(), dir, List.of()));
        ModcacheApp.MainWindow window = ModcacheApp.MainWindow.load(model, owner -> false);
        window.showIn(stage);
        model.chooseRoot(fixture.modcache());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void verifyAllShowsVerdictsAndDetails(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.lastScanProperty().get() != null && !model.busyProperty().get());

        robot.clickOn("#verifyAllButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && model.status().textProperty().get().startsWith("Verified"));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TreeTableView<CacheRow> tree = robot.lookup("#cacheTree").queryAs(TreeTableView.class);
        TreeItem<CacheRow> broken = tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("example.com/broken")).findFirst().orElseThrow();
        robot.interact(() -> broken.setExpanded(true));
        assertThat(robot.lookup("missing ziphash").tryQuery()).isPresent();
        assertThat(robot.lookup("verified").tryQuery()).isPresent();

        CacheRow versionRow = broken.getChildren().get(0).getValue();
        robot.clickOn(robot.lookup(".tree-table-row-cell")
                .<javafx.scene.control.TreeTableRow<CacheRow>>match(r -> r.getItem() == versionRow).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailsTitle").queryAs(SelectableText.class).wholeText()).isEqualTo("example.com/broken@v2.0.0+incompatible");
        assertThat(robot.lookup("#detailsProblems").queryAs(SelectableText.class).wholeText()).startsWith("missing ziphash: open ");
        assertThat(robot.lookup("#restoreCommand").queryAs(SelectableText.class).wholeText())
                .isEqualTo("go mod download example.com/broken@v2.0.0+incompatible");
        assertThat(robot.lookup("#detailsProblems").queryAs(javafx.scene.control.TextInputControl.class).getStyleClass()).contains("details-problems");
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("Verified 2 versions: 1 missing ziphash, 1 verified");

        TreeItem<CacheRow> fine = tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("example.com/fine")).findFirst().orElseThrow();
        robot.interact(() -> fine.setExpanded(true));
        CacheRow fineRow = fine.getChildren().get(0).getValue();
        robot.clickOn(robot.lookup(".tree-table-row-cell")
                .<javafx.scene.control.TreeTableRow<CacheRow>>match(r -> r.getItem() == fineRow).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailsProblems").queryAs(SelectableText.class).wholeText()).isEqualTo("none");
        assertThat(robot.lookup("#detailsProblems").queryAs(javafx.scene.control.TextInputControl.class).getStyleClass()).as("\"none\" is not red")
                .doesNotContain("details-problems");

        // on the focused selection's bar the green mark takes the row's text colour; elsewhere it stays green
        javafx.scene.control.TreeTableRow<CacheRow> selected = robot.lookup(".tree-table-row-cell")
                .<javafx.scene.control.TreeTableRow<CacheRow>>match(r -> r.getItem() == fineRow).query();
        javafx.scene.control.Labeled mark = (javafx.scene.control.Labeled) selected.lookup(".status-icon");
        javafx.scene.control.Labeled words = (javafx.scene.control.Labeled) mark.getParent().getParent();
        assertThat(tree.isFocused()).isTrue();
        assertThat(mark.getTextFill()).isEqualTo(words.getTextFill()).isNotEqualTo(javafx.scene.paint.Color.web("#1e8e3e"));
        robot.interact(() -> tree.getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark.getTextFill()).isEqualTo(javafx.scene.paint.Color.web("#1e8e3e"));
    }
}
