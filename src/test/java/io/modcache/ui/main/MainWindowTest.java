package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.common.FxUiExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main window, headless: modules appear, sorting by size, search, selection total. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path dir;

    private WorkerPool workers;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .tree("github.com/spf13/cobra", "v1.7.0", "cobra.go", "x".repeat(30_000))
                .downloaded("github.com/spf13/cobra", "v1.7.0")
                .tree("github.com/spf13/cobra", "v1.6.0", "cobra.go", "x".repeat(20_000))
                .tree("golang.org/x/mod", "v0.8.0", "mod.go", "x".repeat(100))
                .tree("gopkg.in/yaml.v3", "v3.0.1", "yaml.go", "x".repeat(5_000));
        workers = new WorkerPool(2);
        model = new MainViewModel(new FxUiExecutor(workers), TestServices.of(workers, Map.of(), dir, List.of()));
        ModcacheApp.MainWindow window = ModcacheApp.MainWindow.load(model, owner -> false);
        window.showIn(stage);
        model.chooseRoot(f.root());
    }

    @AfterEach
    void stop() {
        workers.close();
    }

    private void awaitScan() throws Exception {
        WindowTests.awaitScan(model);
    }

    private static TreeTableView<CacheRow> tree(FxRobot robot) {
        return WindowTests.tree(robot);
    }

    private static List<String> visibleModules(FxRobot robot) {
        return tree(robot).getRoot().getChildren().stream().map(i -> i.getValue().name()).toList();
    }

    @Test
    void showsTheModulesOfTheCache(FxRobot robot) throws Exception {
        awaitScan();

        assertThat(visibleModules(robot)).containsExactlyInAnyOrder(
                "github.com/spf13/cobra", "golang.org/x/mod", "gopkg.in/yaml.v3");
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .startsWith("3 modules · 4 versions · ");
        assertThat(robot.lookup("#locationLabel").queryAs(Label.class).getText()).isEqualTo(dir.resolve("modcache").toString());
        assertThat(robot.lookup("#noticeBar").query().isVisible()).isFalse();
    }

    @Test
    void opensAtASensibleSizeAndCannotBeMadeTooSmall(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#cacheTree").query().getScene().getWindow();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(600);
        assertThat(stage.getMinWidth()).isGreaterThanOrEqualTo(700);
        assertThat(stage.getMinHeight()).isGreaterThanOrEqualTo(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getIcons()).as("the icon, set after the first frame, at the size JavaFX gives the window system")
                .extracting(javafx.scene.image.Image::getWidth).containsExactly(System.getProperty("os.name").startsWith("Windows") ? 32.0 : 128.0);
    }

    @Test
    void largestFirstUntilTheUserSortsOtherwiseAndTheirSortIsRemembered(FxRobot robot) throws Exception {
        awaitScan();
        assertThat(visibleModules(robot)).containsExactly("github.com/spf13/cobra", "gopkg.in/yaml.v3", "golang.org/x/mod");

        robot.clickOn("Size"); // descending → unsorted: the natural order, by path
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleModules(robot)).containsExactly("github.com/spf13/cobra", "golang.org/x/mod", "gopkg.in/yaml.v3");
        assertThat(model.viewSettings().load().sortColumn()).isEmpty();

        robot.clickOn("Size");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleModules(robot)).containsExactly("golang.org/x/mod", "gopkg.in/yaml.v3", "github.com/spf13/cobra");
        assertThat(model.viewSettings().load().sortColumn()).isEqualTo("size");
        assertThat(model.viewSettings().load().sortAscending()).isTrue();

        robot.clickOn("Files");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.viewSettings().load().sortColumn()).isEqualTo("files");
    }

    @Test
    void searchFiltersByModulePath(FxRobot robot) throws Exception {
        awaitScan();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("yaml");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(visibleModules(robot)).containsExactly("gopkg.in/yaml.v3");
    }

    private static TreeItem<CacheRow> topLevel(FxRobot robot, String name) {
        return tree(robot).getRoot().getChildren().stream().filter(i -> i.getValue().name().equals(name)).findFirst().orElseThrow();
    }

    private static void filter(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFilterMatchesPathsVersionsAndPathAtVersionCountsAndKeepsExpandedRows(FxRobot robot) throws Exception {
        awaitScan();
        robot.interact(() -> topLevel(robot, "github.com/spf13/cobra").setExpanded(true));

        filter(robot, "v1.6");
        assertThat(visibleModules(robot)).containsExactly("github.com/spf13/cobra");
        assertThat(topLevel(robot, "github.com/spf13/cobra").getChildren()).extracting(i -> i.getValue().name()).containsExactly("v1.6.0");
        assertThat(robot.lookup("#filterLabel").queryAs(Label.class).getText()).isEqualTo("1 of 3 modules");

        filter(robot, "COBRA@v1.7");
        assertThat(topLevel(robot, "github.com/spf13/cobra").getChildren()).extracting(i -> i.getValue().name()).containsExactly("v1.7.0");

        filter(robot, "spf13");
        assertThat(topLevel(robot, "github.com/spf13/cobra").getChildren()).hasSize(2);

        filter(robot, "nothing-like-it");
        assertThat(visibleModules(robot)).isEmpty();
        assertThat(((Label) tree(robot).getPlaceholder()).getText()).isEqualTo("No module matches “nothing-like-it”");
        assertThat(robot.lookup("#filterLabel").queryAs(Label.class).getText()).isEqualTo("0 of 3 modules");

        robot.clickOn("#searchField").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        assertThat(visibleModules(robot)).hasSize(3);
        assertThat(robot.lookup("#filterLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(topLevel(robot, "github.com/spf13/cobra").isExpanded()).as("the user's expanded row stays expanded").isTrue();
    }

    @Test
    void aCellsTooltipIsMadeWhenThePointerComesOverIt(FxRobot robot) throws Exception {
        awaitScan();
        robot.clickOn("#flatButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeTableCell<?, ?> name = robot.lookup("#cacheTree .tree-table-cell")
                .<javafx.scene.control.TreeTableCell<?, ?>>match(c -> c.getTableColumn().getId().equals("name")
                        && "gopkg.in/yaml.v3".equals(c.getText())).query();
        assertThat(robot.lookup("#cacheTree .tree-table-cell").queryAll()).as("no popup window per cell before any hover")
                .allMatch(c -> ((javafx.scene.control.Control) c).getTooltip() == null);

        robot.moveTo(name);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(name.getTooltip()).isNotNull();
        assertThat(name.getTooltip().getText()).isEqualTo("gopkg.in/yaml.v3@v3.0.1");
    }

    @Test
    void aToolbarButtonsTooltipIsItsAccessibleHelpShownOnHover(FxRobot robot) throws Exception {
        awaitScan();
        javafx.scene.control.Button rescan = robot.lookup("#rescanButton").queryButton();
        assertThat(rescan.getTooltip()).as("made on the first hover, not with the window").isNull();
        assertThat(rescan.getAccessibleHelp()).isEqualTo(io.modcache.text.Text.get("main.rescanButton.tooltip"));

        robot.moveTo(rescan);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> rescan.getTooltip() != null && rescan.getTooltip().isShowing());

        assertThat(rescan.getTooltip().getText()).isEqualTo(rescan.getAccessibleHelp());
    }

    @Test
    void anEmptyCacheSaysSoInTheTree(FxRobot robot) throws Exception {
        awaitScan();
        assertThat(((Label) tree(robot).getPlaceholder()).getText()).isEmpty();
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty/cache/download")).getParent().getParent();

        robot.interact(() -> model.chooseRoot(empty));
        awaitScan();

        assertThat(tree(robot).getRoot().getChildren()).isEmpty();
        assertThat(((Label) tree(robot).getPlaceholder()).getText()).isEqualTo("This cache holds no modules");
    }

    @Test
    void theFlatViewRanksVersionsNotModules(FxRobot robot) throws Exception {
        awaitScan();

        robot.clickOn("#flatButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree(robot).getRoot().getChildren()).extracting(i -> i.getValue().id().toString())
                .containsExactly("github.com/spf13/cobra@v1.7.0", "github.com/spf13/cobra@v1.6.0", "gopkg.in/yaml.v3@v3.0.1",
                        "golang.org/x/mod@v0.8.0");
        assertThat(model.viewSettings().load().flat()).isTrue();

        filter(robot, "cobra");
        assertThat(robot.lookup("#filterLabel").queryAs(Label.class).getText()).isEqualTo("2 of 4 versions");

        robot.clickOn("#groupedButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleModules(robot)).containsExactly("github.com/spf13/cobra");
        assertThat(topLevel(robot, "github.com/spf13/cobra").getChildren()).hasSize(2);
    }

    @Test
    void selectingVersionsShowsTheirTotal(FxRobot robot) throws Exception {
        awaitScan();
        TreeItem<CacheRow> cobra = tree(robot).getRoot().getChildren().stream()
                .filter(i -> i.getValue().name().equals("github.com/spf13/cobra")).findFirst().orElseThrow();
        robot.interact(() -> cobra.setExpanded(true));
        long v170 = cobra.getChildren().get(0).getValue().bytes();
        long v160 = cobra.getChildren().get(1).getValue().bytes();

        robot.clickOn("v1.6.0");
        robot.press(KeyCode.CONTROL).clickOn("v1.7.0").release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tree(robot).getSelectionModel().getSelectedItems()).hasSize(2);
        assertThat(robot.lookup("#selectionLabel").queryAs(Label.class).getText())
                .isEqualTo("2 versions selected · " + io.modcache.text.ByteSizes.format(v170 + v160));
    }
}
