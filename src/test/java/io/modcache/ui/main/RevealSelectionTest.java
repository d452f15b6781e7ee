package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.VersionId;
import io.modcache.ui.model.CacheRow;
import javafx.geometry.Bounds;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A selection made elsewhere (the treemap, a rule) brings its row into view, grouped or flat. */
@ExtendWith(ApplicationExtension.class)
class RevealSelectionTest {

    @TempDir
    static Path dir;

    private TestWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        for (int i = 0; i < 60; i++) {
            // sizes fall with i: the largest first puts example.com/m59 at the bottom
            f.tree("example.com/m" + i, "v1.0." + i, "a.go", "x".repeat(1000 + (60 - i) * 100));
        }
        window = TestWindow.show(stage, dir, f.root());
        model = window.model();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<CacheRow> tree(FxRobot robot) {
        return robot.lookup("#cacheTree").queryAs(TreeTableView.class);
    }

    /** Whether the row showing {@code id} (a version, or a module's own row) is on screen, inside the table's bounds. */
    private static boolean shown(FxRobot robot, io.modcache.cache.EntryId id) {
        TreeTableView<CacheRow> tree = tree(robot);
        Bounds table = tree.localToScreen(tree.getBoundsInLocal());
        return robot.lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof CacheRow row && id.equals(row.id()) && r.isVisible())
                .anyMatch(r -> table.contains(r.localToScreen(r.getBoundsInLocal()).getCenterX(),
                        r.localToScreen(r.getBoundsInLocal()).getCenterY()));
    }

    private void selectFromElsewhere(FxRobot robot, VersionId id) {
        robot.interact(() -> model.selection().select(List.of(id), id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void groupedAndFlatBothScrollToARowSelectedElsewhere(FxRobot robot) throws Exception {
        window.awaitScan();
        WaitForAsyncUtils.waitForFxEvents();
        VersionId last = new VersionId("example.com/m59", "v1.0.59");
        VersionId first = new VersionId("example.com/m0", "v1.0.0");
        assertThat(shown(robot, last)).as("the bottom row starts out of view").isFalse();

        selectFromElsewhere(robot, last);
        assertThat(shown(robot, last)).as("grouped").isTrue();

        selectFromElsewhere(robot, first);
        robot.interact(() -> robot.lookup("#flatButton").queryAs(ToggleButton.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        selectFromElsewhere(robot, last);
        assertThat(shown(robot, last)).as("flat").isTrue();
    }

    @Test
    void aRowAlreadyInViewIsSelectedWithoutMovingTheView(FxRobot robot) throws Exception {
        window.awaitScan();
        WaitForAsyncUtils.waitForFxEvents();
        io.modcache.cache.EntryId top = new io.modcache.cache.EntryId.Module("example.com/m0");
        VersionId fifth = new VersionId("example.com/m4", "v1.0.4");
        assertThat(shown(robot, top)).as("the largest module's row starts at the top").isTrue();

        selectFromElsewhere(robot, fifth);

        assertThat(shown(robot, fifth)).isTrue();
        assertThat(shown(robot, top)).as("the largest module stays at the top").isTrue();
    }
}
