package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.common.FxUiExecutor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filtering, sorting, expanding, rescanning and deleting, in the order a user does them, and a
 * click still selects the row clicked, with nothing thrown along the way.
 */
@ExtendWith(ApplicationExtension.class)
class SelectionSurvivesTest {

    @TempDir
    static Path dir;

    private WorkerPool workers;
    private final List<Throwable> thrown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        for (int i = 0; i < 12; i++) {
            f.tree("example.com/m" + i, "v1.0.0", "a.go", "x".repeat(100 * (i + 1))).downloaded("example.com/m" + i, "v1.0.0");
            f.tree("example.com/m" + i, "v1.1.0", "a.go", "y".repeat(50 * (i + 1))).downloaded("example.com/m" + i, "v1.1.0");
        }
        workers = new WorkerPool(2);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        Logger.getLogger("").addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getThrown() != null) {
                    thrown.add(r.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        MainViewModel model = new MainViewModel(new FxUiExecutor(workers), TestServices.of(workers, Map.of(), dir, List.of()));
        ModcacheApp.MainWindow window = ModcacheApp.MainWindow.load(model, owner -> false);
        window.showIn(stage);
        model.chooseRoot(f.root());
    }

    @AfterEach
    void stop() {
        workers.close();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<CacheRow> tree(FxRobot robot) {
        return robot.lookup("#cacheTree").queryAs(TreeTableView.class);
    }

    private static void awaitIdle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class)
                .getText().contains("modules ·"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the visible row showing {@code name} and checks that it, and only it, is selected. */
    private void clickSelects(FxRobot robot, String name) {
        Node row = robot.lookup(".tree-table-row-cell").<TreeTableRow<CacheRow>>match(r -> r.getItem() != null
                && r.getItem().name().equals(name)).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree(robot).getSelectionModel().getSelectedItems()).as("selected after clicking " + name)
                .extracting(i -> i.getValue().name()).containsExactly(name);
        assertThat(thrown).as("nothing thrown").isEmpty();
    }

    private static void filter(FxRobot robot, String text) {
        javafx.scene.control.TextField field = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickSelectsAfterFilteringSortingExpandingRescanningAndDeleting(FxRobot robot) throws Exception {
        awaitIdle(robot);
        clickSelects(robot, "example.com/m3");

        robot.clickOn("Size");
        filter(robot, "m1");
        clickSelects(robot, "example.com/m11");
        filter(robot, "");
        clickSelects(robot, "example.com/m2");

        robot.clickOn("Size");
        filter(robot, "m");
        robot.interact(() -> tree(robot).getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("example.com/m5")).findFirst().orElseThrow().setExpanded(true));
        clickSelects(robot, "v1.1.0");
        filter(robot, "m5");
        clickSelects(robot, "example.com/m5");

        robot.type(KeyCode.F5);
        awaitIdle(robot);
        filter(robot, "m4");
        clickSelects(robot, "example.com/m4");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteTotals").tryQuery().isPresent()
                && robot.lookup("#deleteTotals").queryAs(Label.class).getText().contains("versions"));
        robot.clickOn("#deleteConfirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#deleteSummary").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#deleteCancel");
        WaitForAsyncUtils.waitForFxEvents();
        filter(robot, "");
        robot.clickOn("Size");
        clickSelects(robot, "example.com/m7");
        filter(robot, "m1");
        clickSelects(robot, "example.com/m10");
    }
}
