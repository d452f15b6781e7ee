package io.modcache.ui.main;

import io.modcache.cache.CacheFixture;
import io.modcache.concurrent.WorkerPool;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.common.FxUiExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Select three versions, preview, check the totals, delete: the rows and the files are gone. */
@ExtendWith(ApplicationExtension.class)
class DeleteWindowTest {

    @TempDir
    static Path dir;

    private WorkerPool workers;
    private MainViewModel model;
    private Path root;

    @Start
    void start(Stage stage) throws java.io.IOException {
        root = new CacheFixture(Files.createTempDirectory(dir, "mc")) // a cache of its own for each test: they delete from it
                .tree("example.com/a", "v1.0.0", "a.go", "x".repeat(1000)).downloaded("example.com/a", "v1.0.0")
                .tree("example.com/a", "v1.1.0", "a.go", "x".repeat(2000)).downloaded("example.com/a", "v1.1.0")
                .tree("example.com/a", "v1.2.0", "a.go", "x".repeat(3000)).downloaded("example.com/a", "v1.2.0")
                .tree("example.com/b", "v0.1.0", "b.go", "x".repeat(500)).downloaded("example.com/b", "v0.1.0")
                .list("example.com/a", "v1.0.0\nv1.1.0\nv1.2.0\n")
                .root();
        workers = new WorkerPool(2);
        model = new MainViewModel(new FxUiExecutor(workers), TestServices.of(workers, Map.of(), dir, List.of()));
        ModcacheApp.MainWindow window = ModcacheApp.MainWindow.load(model, owner -> false);
        window.showIn(stage);
        model.chooseRoot(root);
    }

    @AfterEach
    void stop() {
        workers.close();
    }

    private static void clickRow(FxRobot robot, CacheRow row) {
        robot.clickOn(robot.lookup(".tree-table-row-cell").<TreeTableRow<CacheRow>>match(r -> r.getItem() == row).<Node>query());
    }

    @Test
    void previewThenDelete(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.lastScanProperty().get() != null && !model.busyProperty().get());
        @SuppressWarnings("unchecked")
        TreeTableView<CacheRow> tree = robot.lookup("#cacheTree").queryAs(TreeTableView.class);
        TreeItem<CacheRow> a = tree.getRoot().getChildren().get(0);
        TreeItem<CacheRow> b = tree.getRoot().getChildren().get(1);
        robot.interact(() -> {
            a.setExpanded(true);
            b.setExpanded(true);
        });
        List<CacheRow> chosen = List.of(a.getChildren().get(1).getValue(), a.getChildren().get(2).getValue(), b.getChildren().get(0).getValue());
        long bytes = chosen.stream().mapToLong(CacheRow::bytes).sum();

        clickRow(robot, chosen.get(0));
        robot.press(KeyCode.CONTROL);
        clickRow(robot, chosen.get(1));
        clickRow(robot, chosen.get(2));
        robot.release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteTotals").tryQuery().isPresent()
                && robot.lookup("#deleteTotals").queryAs(Label.class).getText().contains("versions"));

        String totals = robot.lookup("#deleteTotals").queryAs(Label.class).getText();
        assertThat(totals).as("lock files stay").startsWith("3 versions, 15 files, ").endsWith(io.modcache.text.ByteSizes.format(bytes));
        assertThat(root.resolve("example.com/a@v1.1.0")).as("nothing deleted before Delete is pressed").exists();
        Label header = robot.lookup("#deleteHeader").queryAs(Label.class);
        robot.interact(() -> header.getScene().getWindow().setHeight(360)); // short: the table gives up its room first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.text.Text) header.lookup(".text")).getText()).as("the header wraps, never cut")
                .isEqualTo(header.getText()).contains(".lock file stays");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<?> entries = robot.lookup("#deleteEntries").queryAs(javafx.scene.control.TableView.class);
        assertThat(entries.getColumns().get(entries.getColumns().size() - 1).isVisible()).as("no Why column for rows chosen by hand").isFalse();
        javafx.scene.control.TableCell<?, ?> version = robot.lookup("#deleteEntries .table-cell").<javafx.scene.control.TableCell<?, ?>>match(
                c -> c.getTableColumn() == entries.getColumns().get(1) && !c.isEmpty()).query();
        assertThat(version.getTextOverrun()).as("pseudo-versions are cut in the middle, not at the hash")
                .isEqualTo(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        robot.moveTo(version);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(version.getTooltip().getText()).isEqualTo(version.getText()).startsWith("v");
        javafx.scene.control.TableCell<?, ?> parts = robot.lookup("#deleteEntries .table-cell").<javafx.scene.control.TableCell<?, ?>>match(
                c -> c.getTableColumn() == entries.getColumns().get(4) && !c.isEmpty()).query();
        assertThat(parts.getText()).as("what matters most first").startsWith("source tree, zip, ");
        assertThat(((javafx.scene.text.Text) parts.lookup(".text")).getText()).as("short versions leave the parts their room: shown whole")
                .isEqualTo(parts.getText());
        Button delete = robot.lookup("#deleteConfirm").queryAs(Button.class);
        assertThat(delete.isDefaultButton()).isFalse();

        robot.clickOn(delete);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#deleteSummary").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup("#deleteSummary").queryAs(Label.class).getText()).startsWith("Deleted 3 of 3 entries, freed ");
        assertThat(robot.lookup("#deleteHeader").queryAs(Label.class).getText()).doesNotContain("Nothing happens until you press Delete");
        Stage preview = (Stage) robot.lookup("#deleteHeader").query().getScene().getWindow();
        assertThat(preview.getMinWidth()).isGreaterThanOrEqualTo(600);
        assertThat(preview.getWidth()).isGreaterThanOrEqualTo(800);
        robot.clickOn("#deleteCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().name()).containsExactly("example.com/a");
        assertThat(tree.getSelectionModel().getSelectedItems()).as("the selection is cleared").isEmpty();
        assertThat(robot.lookup("#selectionLabel").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .as("the new totals").startsWith("Deleted 3 entries, freed ").contains(" · 1 module · 1 version · ");
        assertThat(a.getChildren()).extracting(i -> i.getValue().name()).containsExactly("v1.2.0");
        assertThat(root.resolve("example.com/a@v1.1.0")).doesNotExist();
        assertThat(root.resolve("example.com/a@v1.0.0")).doesNotExist();
        assertThat(root.resolve("example.com/b@v0.1.0")).doesNotExist();
        assertThat(root.resolve("example.com/a@v1.2.0/a.go")).exists();
        assertThat(Files.readString(root.resolve("cache/download/example.com/a/@v/list"))).isEqualTo("v1.2.0\n");
    }

    @Test
    void aSelectionWithNothingThatMayGoSaysSoAndWhyInFull(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.lastScanProperty().get() != null && !model.busyProperty().get());
        Files.writeString(root.resolve("cache/lock"), "");
        robot.interact(model::rescan);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.busyProperty().get()
                && model.cache().find(new io.modcache.cache.EntryId.Other("cache/lock")) != null);
        io.modcache.cache.EntryId lock = new io.modcache.cache.EntryId.Other("cache/lock");
        robot.interact(() -> model.selection().select(List.of(lock), lock));
        robot.interact(() -> robot.lookup("#deleteButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteWarnings").tryQuery().isPresent()
                && !robot.lookup("#deleteWarnings").queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<?> entries = robot.lookup("#deleteEntries").queryAs(javafx.scene.control.TableView.class);
        assertThat(entries.getItems()).isEmpty();
        assertThat(((Label) entries.getPlaceholder()).getText()).isEqualTo("Nothing to delete: see below why.");
        javafx.scene.control.ListCell<?> reason = robot.lookup("#deleteWarnings .list-cell").<javafx.scene.control.ListCell<?>>match(c -> !c.isEmpty()).query();
        assertThat(reason.getText()).startsWith("Cannot delete cache/lock: go's own lock");
        assertThat(reason.getWidth()).as("wrapped to the list").isLessThanOrEqualTo(robot.lookup("#deleteWarnings").query().getLayoutBounds().getWidth());
        assertThat(reason.getHeight()).as("on several lines").isGreaterThan(2 * reason.getFont().getSize() * 1.2);
        assertThat(robot.lookup("#deleteConfirm").queryButton().isDisabled()).isTrue();
        robot.clickOn("#deleteCancel");
        assertThat(root.resolve("cache/lock")).exists();
    }
}
