package io.modcache.ui.overview;

import io.modcache.cache.CacheFixture;
import io.modcache.cache.VersionId;
import io.modcache.ui.main.MainViewModel;
import io.modcache.ui.main.TestWindow;
import javafx.scene.chart.AreaChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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

/** The overview: what each common rule frees, its link selecting those versions, the largest versions, the growth chart. */
@ExtendWith(ApplicationExtension.class)
class OverviewWindowTest {

    @TempDir
    static Path dir;

    private static final String LONG = "github.com/a-rather-long-organisation-name/with-a-rather-long-repository-name";

    private TestWindow window;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        CacheFixture f = new CacheFixture(dir.resolve("mc"));
        for (String v : List.of("v1.0.0", "v1.1.0", "v1.2.0")) {
            f.tree("example.com/a", v, "a.go", "x".repeat(1000)).downloaded("example.com/a", v);
        }
        f.tree("example.com/b", "v0.1.0", "b.go", "x".repeat(5000)).downloaded("example.com/b", "v0.1.0");
        f.tree(LONG, "v0.0.0-20240101000000-0123456789ab", "c.go", "x".repeat(2000));
        window = TestWindow.show(stage, dir, f.root());
        model = window.model();
    }

    @AfterEach
    void stop() {
        window.close();
    }

    private void openOverviewAfterTheScan(FxRobot robot) throws Exception {
        window.awaitScan();
        robot.clickOn("#overviewButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.overview().overviewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCommonRulesLinkSelectsWhatItWouldFree(FxRobot robot) throws Exception {
        openOverviewAfterTheScan(robot);

        Hyperlink allButNewest = robot.lookup("#overviewPresets .hyperlink").<Hyperlink>match(h -> h.getText().equals("All but the newest 2"))
                .query();
        robot.clickOn(allButNewest);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selection().ids()).containsExactly(new VersionId("example.com/a", "v1.0.0"));
        assertThat(robot.lookup("#overviewTotal").queryAs(Label.class).getText()).contains("in 5 versions of 3 modules");
        assertThat(robot.lookup("#overviewLargest .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .first().isEqualTo("example.com/b@v0.1.0");
        robot.interact(() -> robot.lookup("#overviewLargest").query().getScene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        for (Label size : robot.lookup("#overviewLargest .label").queryAllAs(Label.class)) {
            assertThat(((javafx.scene.text.Text) size.lookup(".text")).getText()).as("sizes are never cut").isEqualTo(size.getText());
        }
        Hyperlink longest = robot.lookup("#overviewLargest .hyperlink").<Hyperlink>match(h -> h.getText().startsWith(LONG)).query();
        assertThat(((javafx.scene.text.Text) longest.lookup(".text")).getText()).as("a long name is elided instead").isNotEqualTo(longest.getText());
        AreaChart<?, ?> chart = robot.lookup("#growthChart").queryAs(AreaChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty());
        assertThat(chart.getData().get(0).getData()).hasSize(1);
    }

    @Test
    void withoutProjectsTheUnusedRuleLeadsToThem(FxRobot robot) throws Exception {
        openOverviewAfterTheScan(robot);

        assertThat(robot.lookup("#overviewPresets .hyperlink").queryAllAs(Hyperlink.class)).extracting(Hyperlink::getText)
                .containsExactly("Older than 90 days", "All but the newest 2", "Broken", "Unused by my projects");
        robot.interact(() -> robot.lookup("#overviewPresets").query().getScene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        for (Hyperlink rule : robot.lookup("#overviewPresets .hyperlink").queryAllAs(Hyperlink.class)) {
            assertThat(((javafx.scene.text.Text) rule.lookup(".text")).getText()).as("rule names are never cut").isEqualTo(rule.getText());
        }
        Hyperlink older = robot.lookup("#overviewPresets .hyperlink").<Hyperlink>match(h -> h.getText().equals("Older than 90 days")).query();
        assertThat(older.isDisabled()).as("nothing here is that old").isTrue();
        assertThat(older.getTextFill()).as("a rule that frees nothing reads as text, not as a pale link")
                .isEqualTo(robot.lookup("#overviewPresets .label").queryAs(Label.class).getTextFill());
        robot.clickOn("#preset-projects");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.projectsOpened()).isEqualTo(1);
        assertThat(model.selection().ids()).as("nothing selected by it").isEmpty();
    }
}
