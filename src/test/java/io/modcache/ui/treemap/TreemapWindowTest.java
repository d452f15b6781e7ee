package io.modcache.ui.treemap;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.EntryId;
import io.modcache.cache.VersionId;
import io.modcache.ui.main.MainViewModel;
import io.modcache.ui.main.TestWindow;
import io.modcache.ui.model.CacheRow;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The treemap and the tree share one selection, both ways; a double click zooms, Escape zooms out. */
@ExtendWith(ApplicationExtension.class)
class TreemapWindowTest {

    @TempDir
    static Path dir;

    private TestWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        CacheFixture f = new CacheFixture(dir.resolve("mc"))
                .tree("github.com/spf13/cobra", "v1.7.0", "cobra.go", "x".repeat(40_000))
                .tree("github.com/spf13/cobra", "v1.6.0", "cobra.go", "x".repeat(30_000))
                .tree("golang.org/x/mod", "v0.8.0", "mod.go", "x".repeat(20_000))
                .tree("gopkg.in/yaml.v3", "v3.0.1", "yaml.go", "x".repeat(10_000));
        window = TestWindow.show(stage, dir, f.root());
        model = window.model();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private TreemapView view(FxRobot robot) {
        return robot.lookup("#treemap").queryAs(TreemapView.class);
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<CacheRow> tree(FxRobot robot) {
        return robot.lookup("#cacheTree").queryAs(TreeTableView.class);
    }

    private void awaitTiles(FxRobot robot) throws Exception {
        window.awaitScan();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TreemapViewModel.Rendered r = model.treemap().renderedProperty().get();
            return r != null && r.layout().tileOf(new VersionId("gopkg.in/yaml.v3", "v3.0.1")) != null
                    && r.width() == (int) Math.ceil(view(robot).getWidth());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where a tile's centre is on the screen. */
    private Point2D centreOf(FxRobot robot, Object item) {
        TreemapView view = view(robot);
        TreemapViewModel.Rendered r = model.treemap().renderedProperty().get();
        Tile<Object> t = r.layout().tileOf(item);
        double sx = view.getWidth() / r.width();
        double sy = view.getHeight() / r.height();
        return view.localToScreen((t.x() + t.w() / 2) * sx, (t.y() + t.h() / 2) * sy);
    }

    @Test
    void clickingATileSelectsAndRevealsItsRow(FxRobot robot) throws Exception {
        awaitTiles(robot);
        VersionId v160 = new VersionId("github.com/spf13/cobra", "v1.6.0");

        robot.clickOn(centreOf(robot, v160), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selection().ids()).containsExactly(v160);
        TreeItem<CacheRow> selected = tree(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().id()).isEqualTo(v160);
        assertThat(selected.getParent().isExpanded()).as("its module was expanded to reveal it").isTrue();

        VersionId yaml = new VersionId("gopkg.in/yaml.v3", "v3.0.1");
        robot.press(KeyCode.CONTROL).clickOn(centreOf(robot, yaml), MouseButton.PRIMARY).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().ids()).containsExactly(v160, yaml);
        assertThat(tree(robot).getSelectionModel().getSelectedItems()).extracting(i -> i.getValue().id()).containsExactlyInAnyOrder(v160, yaml);
    }

    @Test
    void theBreadcrumbExplainsZoomingOnHover(FxRobot robot) throws Exception {
        awaitTiles(robot);
        String hint = io.modcache.text.Text.get("treemap.hint");

        robot.moveTo("#breadcrumb");

        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().equals(hint)));
    }

    @Test
    void selectingRowsOutlinesTheirTiles(FxRobot robot) throws Exception {
        awaitTiles(robot);
        TreeItem<CacheRow> mod = tree(robot).getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("golang.org/x/mod")).findFirst().orElseThrow();

        robot.interact(() -> tree(robot).getSelectionModel().select(mod));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.treemap().selectedTiles()).extracting(t -> t.node().item()).containsExactly(new EntryId.Module("golang.org/x/mod"));
        // the outline is drawn: the canvas at the tile's edge is the outline colour
        Tile<Object> t = model.treemap().selectedTiles().get(0);
        javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> view(robot).snapshot(null, null)).get();
        TreemapViewModel.Rendered r = model.treemap().renderedProperty().get();
        double sx = image.getWidth() / r.width();
        int edgeX = (int) (t.x() * sx + 1.5);
        int midY = (int) ((t.y() + t.h() / 2) * image.getHeight() / r.height());
        assertThat(image.getPixelReader().getColor(edgeX, midY).toString()).isEqualTo(javafx.scene.paint.Color.web("#00add8").toString());
    }

    @Test
    void doubleClickZoomsIntoAModuleAndEscapeZoomsOut(FxRobot robot) throws Exception {
        awaitTiles(robot);

        robot.doubleClickOn(centreOf(robot, new VersionId("github.com/spf13/cobra", "v1.7.0")), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.treemap().renderedProperty().get().layout()
                .tileOf(new VersionId("gopkg.in/yaml.v3", "v3.0.1")) == null);

        assertThat(model.treemap().zoomProperty().get()).isEqualTo(new EntryId.Module("github.com/spf13/cobra"));
        assertThat(robot.lookup("#breadcrumb .hyperlink").queryAll()).hasSize(1);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.treemap().zoomProperty().get()).isNull();
    }

    @Test
    void theKeyboardMovesFromTileToTileZoomsAndOpensTheTileMenu(FxRobot robot) throws Exception {
        awaitTiles(robot);
        VersionId largest = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> view(robot).requestFocus());

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().ids()).as("with nothing selected, the largest tile").containsExactly(largest);

        Tile<Object> from = model.treemap().leadTile();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Tile<Object> to = model.treemap().leadTile();
        assertThat(model.selection().ids()).hasSize(1).doesNotContain(largest);
        assertThat(to.x()).as("the next tile to the right").isGreaterThanOrEqualTo(from.x() + from.w() - 0.5);
        assertThat(view(robot).isFocused()).as("arrows move in the map, not the focus").isTrue();

        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection().ids()).containsExactly(largest);

        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ctxCopyPath").tryQuery().isPresent()
                && robot.lookup("#ctxCopyPath").query().getScene().getWindow().isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> view(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.treemap().zoomProperty().get()).isEqualTo(new EntryId.Module("github.com/spf13/cobra"));
    }
}
