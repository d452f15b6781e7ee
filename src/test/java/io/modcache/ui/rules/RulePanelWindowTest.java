package io.modcache.ui.rules;

import io.modcache.cache.CacheFixture;
import io.modcache.ui.main.MainViewModel;
import io.modcache.ui.main.TestWindow;
import io.modcache.ui.model.CacheRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Select by rule panel: older than 90 days, the live count, Select matching, and the preview with reasons. */
@ExtendWith(ApplicationExtension.class)
class RulePanelWindowTest {

    @TempDir
    static Path dir;

    private TestWindow window;
    private MainViewModel model;
    private Path root;

    @Start
    void start(Stage stage) throws IOException {
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        for (String v : List.of("v1.0.0", "v1.1.0", "v1.2.0")) {
            f.tree("example.com/a", v, "a.go", "x".repeat(1000)).downloaded("example.com/a", v);
        }
        f.tree("example.com/b", "v0.1.0", "b.go", "x".repeat(500)).downloaded("example.com/b", "v0.1.0");
        root = f.root();
        makeOld(root.resolve("example.com/a@v1.0.0"), root.resolve("cache/download/example.com/a/@v"), "v1.0.0");
        makeOld(root.resolve("example.com/a@v1.1.0"), root.resolve("cache/download/example.com/a/@v"), "v1.1.0");
        window = TestWindow.show(stage, dir, root);
        model = window.model();
    }

    /** Every file of a version read and written 200 days ago. */
    private static void makeOld(Path tree, Path atV, String version) throws IOException {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(200)));
        try (Stream<Path> s = Stream.concat(Files.walk(tree), Files.list(atV).filter(p -> p.getFileName().toString().startsWith(version + ".")))) {
            for (Path p : s.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(old, old, null);
                }
            }
        }
    }

    @AfterEach
    void stop() {
        window.close();
    }

    @Test
    void olderThanSelectsAndThePreviewSaysWhy(FxRobot robot) throws Exception {
        window.awaitScan();
        robot.clickOn("#rulesButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ruleSummary").queryAs(Label.class).getText().contains("match"));
        assertThat(robot.lookup("#ruleSummary").queryAs(Label.class).getText()).startsWith("2 versions match · ");

        robot.clickOn("#selectMatching");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TreeTableView<CacheRow> tree = robot.lookup("#cacheTree").queryAs(TreeTableView.class);
        assertThat(tree.getSelectionModel().getSelectedItems()).extracting(i -> i.getValue().id().toString())
                .containsExactlyInAnyOrder("example.com/a@v1.1.0", "example.com/a@v1.0.0");

        robot.clickOn("#deleteMatching");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteTotals").tryQuery().isPresent()
                && robot.lookup("#deleteTotals").queryAs(Label.class).getText().contains("versions"));
        @SuppressWarnings("unchecked")
        TableView<io.modcache.clean.PlanEntry> entries = robot.lookup("#deleteEntries").queryAs(TableView.class);
        assertThat(entries.getItems()).hasSize(2).allSatisfy(e -> assertThat(e.reasons()).singleElement().asString()
                .matches("(last access|downloaded) \\d{4}-\\d\\d-\\d\\d, older than 90 days"));
        assertThat(entries.getColumns().get(entries.getColumns().size() - 1).isVisible()).as("the Why column").isTrue();
        assertThat(root.resolve("example.com/a@v1.0.0")).as("nothing deleted before Delete").exists();
    }

    @Test
    void aNarrowPanelWrapsRatherThanCutsTheRules(FxRobot robot) throws Exception {
        window.awaitScan();
        robot.clickOn("#overviewButton");
        robot.clickOn("#rulesButton");
        robot.interact(() -> robot.lookup("#rulePanel").query().getScene().getWindow().setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.Region panel = robot.lookup("#rulePanel").queryAs(javafx.scene.layout.Region.class);
        assertThat(panel.getWidth()).as("as narrow as it goes").isLessThan(panel.prefWidth(-1));
        for (javafx.scene.control.Labeled l : robot.lookup("#rulePanel .check-box").queryAllAs(javafx.scene.control.Labeled.class)) {
            assertThat(((javafx.scene.text.Text) l.lookup(".text")).getText()).as("a rule's words").isEqualTo(l.getText());
        }
        for (javafx.scene.control.Labeled l : robot.lookup("#overviewPresets .label").queryAllAs(javafx.scene.control.Labeled.class)) {
            assertThat(((javafx.scene.text.Text) l.lookup(".text")).getText()).as("what a common rule frees is never cut")
                    .isEqualTo(l.getText());
        }
    }

    @Test
    void closingOnePanelLeavesTheOtherAPanelsWidth(FxRobot robot) throws Exception {
        window.awaitScan();
        robot.clickOn("#rulesButton");
        javafx.scene.layout.Region panel = robot.lookup("#rulePanel").queryAs(javafx.scene.layout.Region.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents(4);
        double alone = panel.getWidth();
        robot.clickOn("#overviewButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.getWidth() < alone - 20);
        robot.clickOn("#overviewButton");
        WaitForAsyncUtils.waitForFxEvents(4);

        assertThat(panel.getWidth()).isCloseTo(alone, org.assertj.core.data.Offset.offset(2.0));
    }
}
