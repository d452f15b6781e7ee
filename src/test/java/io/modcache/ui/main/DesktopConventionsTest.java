package io.modcache.ui.main;

import io.modcache.ui.details.SelectableText;
import io.modcache.cache.CacheFixture;
import io.modcache.cache.VersionId;
import io.modcache.concurrent.WorkerPool;
import io.modcache.settings.WindowSettings;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import io.modcache.ui.common.Themes;
import io.modcache.ui.model.CacheRow;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu bar, the row context menu, the remembered layout and the theme switch, on the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class DesktopConventionsTest {

    @TempDir
    static Path dir;

    private WorkerPool workers;
    private MainViewModel model;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final MainServices.Stored<WindowSettings> layout = MainServices.Stored.inMemory(WindowSettings.DEFAULT.withColumns(List.of(
            new WindowSettings.ColumnLayout("size", 150, true), new WindowSettings.ColumnLayout("name", 300, true),
            new WindowSettings.ColumnLayout("files", 80, false))));
    private Stage stage;
    private MainServices services;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CacheFixture f = new CacheFixture(dir.resolve("modcache"))
                .wellFormed("github.com/spf13/cobra", "v1.7.0", "cobra.go", "package cobra\n")
                .wellFormed("golang.org/x/mod", "v0.8.0", "mod.go", "package mod\n");
        workers = new WorkerPool(2);
        MainServices base = TestServices.of(workers, Map.of(), dir, List.of());
        services = new MainServices(base.scans(), base.verifier(), base.deleter(), base.privatePatterns(),
                base.projectDirs(), base.needs(), base.rules(), base.view(), base.history(), base.snapshots(), opened::add);
        model = new MainViewModel(new FxUiExecutor(workers), services);
        ModcacheApp.MainWindow.load(model, owner -> false).showIn(stage, layout);
        model.chooseRoot(f.root());
    }

    @AfterEach
    void stop() throws Exception {
        // on the FX thread: their listeners restyle the scene and redraw the treemap (from here they raced the FX thread's layout)
        WaitForAsyncUtils.asyncFx(() -> {
            Themes.chosenProperty().set(Themes.Theme.SYSTEM);
            Themes.textZoomProperty().set(1);
        }).get(10, TimeUnit.SECONDS);
        workers.close();
    }

    private void awaitScan() throws Exception {
        WindowTests.awaitScan(model);
    }

    private static TreeTableView<CacheRow> tree(FxRobot robot) {
        return WindowTests.tree(robot);
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m.getItems(), all));
        return all.stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static void collect(List<MenuItem> items, List<MenuItem> into) {
        for (MenuItem i : items) {
            into.add(i);
            if (i instanceof javafx.scene.control.Menu m) {
                collect(m.getItems(), into);
            }
        }
    }

    @Test
    void theShortcutsListNamesEveryMenuAccelerator(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<MenuItem> all = new ArrayList<>();
        bar.getMenus().forEach(m -> collect(m.getItems(), all));
        List<String> accelerators = all.stream().filter(i -> i.getAccelerator() != null)
                .map(i -> i.getAccelerator().getDisplayText()).toList();
        assertThat(accelerators).contains("Ctrl+T", "F5", "Ctrl+=");
        assertThat(HelpDialogs.listedKeys()).containsAll(accelerators);
    }

    @Test
    void withLargeTextTheFilterStaysInTheWindowAndCtrlFReachesIt(FxRobot robot) throws Exception {
        awaitScan();
        robot.interact(() -> {
            stage.setWidth(1000);
            Themes.textZoomProperty().set(1.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node filter = robot.lookup("#searchField").query();
        javafx.geometry.Bounds inScene = WaitForAsyncUtils.asyncFx(() -> filter.localToScene(filter.getLayoutBounds())).get();
        assertThat(filter.getScene()).as("not moved into an overflow menu").isSameAs(stage.getScene());
        assertThat(inScene.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        assertThat(inScene.getWidth()).as("wide enough to type in").isGreaterThan(150);

        robot.interact(() -> tree(robot).requestFocus());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.isFocused()).isTrue();
    }

    @Test
    void theViewMenuAndTheToolbarDriveEachOther(FxRobot robot) throws Exception {
        awaitScan();
        ToggleButton treemap = robot.lookup("#treemapButton").queryAs(ToggleButton.class);
        boolean before = treemap.isSelected();

        javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) menuItem(robot, "menuTreemap");
        robot.interact(() -> item.setSelected(!item.isSelected())); // what a click on a check item does

        assertThat(treemap.isSelected()).isEqualTo(!before);
        robot.interact(treemap::fire);
        assertThat(item.isSelected()).isEqualTo(before);
        assertThat(menuItem(robot, "menuRescan").getAccelerator().getName()).isEqualTo("F5");
    }

    @Test
    void theRowMenuCopiesFoldersModuleVersionsAndGoGetLinesAndOpensTheFolder(FxRobot robot) throws Exception {
        awaitScan();
        VersionId cobra = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> model.selection().select(List.of(cobra), cobra));
        ContextMenu menu = tree(robot).getContextMenu();

        robot.interact(() -> item(menu, "ctxCopyPath").fire());
        assertThat(clipboard(robot)).isEqualTo(dir.resolve("modcache/github.com/spf13/cobra@v1.7.0").toString());
        robot.interact(() -> item(menu, "ctxCopyModuleVersion").fire());
        assertThat(clipboard(robot)).isEqualTo("github.com/spf13/cobra@v1.7.0");
        robot.interact(() -> item(menu, "ctxCopyGoGet").fire());
        assertThat(clipboard(robot)).isEqualTo("go get github.com/spf13/cobra@v1.7.0");

        robot.interact(() -> item(menu, "ctxOpenFolder").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly(dir.resolve("modcache/github.com/spf13/cobra@v1.7.0"));
    }

    @Test
    void theMenuKeyOpensTheRowMenuUnderTheFocusedRow(FxRobot robot) throws Exception {
        awaitScan();
        VersionId cobra = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> model.selection().select(List.of(cobra), cobra));
        robot.interact(() -> tree(robot).requestFocus());

        robot.type(javafx.scene.input.KeyCode.CONTEXT_MENU);
        ContextMenu menu = tree(robot).getContextMenu();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, menu::isShowing);
        javafx.scene.Node row = robot.lookup(".tree-table-row-cell").<javafx.scene.control.TreeTableRow<CacheRow>>match(
                r -> r.getItem() != null && r.getItem().id().equals(cobra)).query();
        double rowBottom = WaitForAsyncUtils.asyncFx(() -> row.localToScreen(row.getLayoutBounds()).getMaxY()).get();
        assertThat(menu.getAnchorY()).as("under its row").isCloseTo(rowBottom, org.assertj.core.data.Offset.offset(2.0));
        robot.interact(menu::hide);
    }

    @Test
    void ctrlCCopiesTheSelectedFolders(FxRobot robot) throws Exception {
        awaitScan();
        VersionId a = new VersionId("github.com/spf13/cobra", "v1.7.0");
        VersionId b = new VersionId("golang.org/x/mod", "v0.8.0");
        robot.interact(() -> model.selection().select(List.of(a, b), a));

        robot.interact(() -> menuItem(robot, "menuCopyPath").fire());

        assertThat(clipboard(robot).lines()).containsExactlyInAnyOrder(
                dir.resolve("modcache/github.com/spf13/cobra@v1.7.0").toString(), dir.resolve("modcache/golang.org/x/mod@v0.8.0").toString());
    }

    @Test
    void theColumnsComeBackAsTheyWereLeftAndChangesAreStored(FxRobot robot) throws Exception {
        awaitScan();
        List<TreeTableColumn<CacheRow, ?>> columns = tree(robot).getColumns();

        assertThat(columns.get(0).getId()).isEqualTo("size");
        assertThat(columns.get(1).getId()).isEqualTo("name");
        assertThat(columns.stream().filter(c -> "files".equals(c.getId())).findFirst().orElseThrow().isVisible()).isFalse();
        assertThat(columns).hasSize(8); // the ones the stored layout did not name are still there

        robot.interact(() -> columns.stream().filter(c -> "files".equals(c.getId())).findFirst().orElseThrow().setVisible(true));
        robot.interact(() -> stage.setWidth(1111));

        assertThat(layout.load().columns()).anyMatch(c -> c.id().equals("files") && c.visible());
        assertThat(layout.load().width()).isEqualTo(1111);
    }

    @Test
    void theDarkThemeRestylesOpenWindowsAndTheLightOneUndoesIt(FxRobot robot) {
        Scene scene = robot.lookup("#cacheTree").query().getScene();
        robot.interact(() -> menuItem(robot, "themeDark").fire());
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("/dark.css"));
        assertThat(Themes.isDark()).isTrue();

        robot.interact(() -> menuItem(robot, "themeLight").fire());
        assertThat(scene.getStylesheets()).noneMatch(s -> s.endsWith("/dark.css"));
    }

    @Test
    void exportWritesTheScanAsJsonOrCsv(FxRobot robot) throws Exception {
        awaitScan();
        Path json = dir.resolve("export.json");
        Path csv = dir.resolve("export.csv");

        robot.interact(() -> model.rowActions().exportReport(json, false));
        robot.interact(() -> model.rowActions().exportReport(csv, true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(json) && Files.exists(csv));

        assertThat(Files.readString(json)).contains("\"path\" : \"github.com/spf13/cobra\"");
        assertThat(Files.readAllLines(csv)).contains("module,version,bytes,files,lastAccess,downloaded,status")
                .anyMatch(l -> l.startsWith("golang.org/x/mod,v0.8.0,"));
    }

    @Test
    void viewDetailsHidesAndShowsTheDetailsAndTheChoiceIsKept(FxRobot robot) throws Exception {
        awaitScan();
        javafx.scene.control.CheckMenuItem details = (javafx.scene.control.CheckMenuItem) menuItem(robot, "menuDetails");
        assertThat(details.isSelected()).isTrue();
        assertThat(robot.lookup("#detailsPane").tryQuery()).isPresent();

        robot.interact(() -> details.setSelected(false));
        assertThat(robot.lookup("#detailsPane").tryQuery()).isEmpty();
        assertThat(services.view().load().detailsHidden()).isTrue();

        robot.interact(() -> robot.lookup("#treemapButton").queryAs(ToggleButton.class).fire()); // the other layout
        assertThat(robot.lookup("#detailsPane").tryQuery()).isEmpty();
        robot.interact(() -> details.setSelected(true));
        assertThat(robot.lookup("#detailsPane").tryQuery()).isPresent();
        assertThat(services.view().load().detailsHidden()).isFalse();
    }

    @Test
    void theDetailsTextSelectsAndCopiesFromTheKeyboard(FxRobot robot) throws Exception {
        awaitScan();
        VersionId cobra = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> model.selection().select(List.of(cobra), cobra));
        javafx.scene.control.TextInputControl title = robot.lookup("#detailsTitle").queryAs(javafx.scene.control.TextInputControl.class);
        assertThat(((SelectableText) title).wholeText()).isEqualTo("github.com/spf13/cobra@v1.7.0");
        assertThat(title.isEditable()).isFalse();

        robot.interact(title::requestFocus);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A).type(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.CONTROL);

        assertThat(clipboard(robot)).isEqualTo("github.com/spf13/cobra@v1.7.0");
    }

    @Test
    void theKeyboardStartsInTheRows(FxRobot robot) throws Exception {
        awaitScan();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(robot.lookup("#cacheTree").query());
    }

    @Test
    void everyControlIsReachedWithTab(FxRobot robot) throws Exception {
        awaitScan();
        VersionId cobra = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> model.selection().select(List.of(cobra), cobra));
        robot.interact(() -> robot.lookup("#searchField").query().requestFocus());
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 40; i++) {
            robot.type(javafx.scene.input.KeyCode.TAB);
            javafx.scene.Node owner = stage.getScene().getFocusOwner();
            for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
        }
        assertThat(reached).contains("changeButton", "rescanButton", "searchField", "verifyAllButton", "verifySelectedButton",
                "projectsButton", "rulesButton", "overviewButton", "deleteButton", "deleteEverythingButton", "treemapButton",
                "cacheTree", "treemap", "detailsTitle", "restoreCommand");
    }

    @Test
    void textSizeFollowsTheViewMenuAndIsKept(FxRobot robot) {
        javafx.scene.Parent root = stage.getScene().getRoot();
        double normal = javafx.scene.text.Font.getDefault().getSize();
        assertThat(root.getStyle()).contains(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx", normal));

        robot.interact(() -> menuItem(robot, "menuTextLarger").fire());
        robot.interact(() -> menuItem(robot, "menuTextLarger").fire());
        assertThat(Themes.fontSize()).isCloseTo(normal * 1.21, org.assertj.core.data.Offset.offset(0.01));
        assertThat(root.getStyle()).contains(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx", normal * 1.21));
        assertThat(robot.lookup("#rescanButton").queryAs(javafx.scene.control.Button.class).getFont().getSize())
                .isGreaterThan(normal * 1.15);

        TreeTableColumn<CacheRow, ?> lastAccess = tree(robot).getColumns().stream().filter(c -> "lastAccess".equals(c.getId()))
                .findFirst().orElseThrow();
        assertThat(lastAccess.getMinWidth()).as("dates stay whole").isCloseTo(146 * 1.21, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> menuItem(robot, "menuTextActual").fire());
        assertThat(Themes.fontSize()).isEqualTo(normal);
        assertThat(lastAccess.getMinWidth()).isEqualTo(146);
    }

    @Test
    void withoutGoRepairExplainsAndOffersToDeleteTheSameVersions(FxRobot robot) throws Exception {
        awaitScan();
        VersionId cobra = new VersionId("github.com/spf13/cobra", "v1.7.0");
        robot.interact(() -> model.selection().select(List.of(cobra), cobra));
        robot.interact(() -> item(tree(robot).getContextMenu(), "ctxRepair").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#repairHeader").tryQuery().isPresent());

        assertThat(robot.lookup("#repairHeader").queryAs(javafx.scene.control.Label.class).getText()).contains("needs the go command");
        assertThat(robot.lookup("#repairConfirm").tryQuery()).isEmpty();
        robot.interact(() -> robot.lookup("#repairDeleteInstead").queryAs(javafx.scene.control.Button.class).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#deleteHeader").tryQuery().isPresent());
        assertThat(Files.exists(dir.resolve("modcache/github.com/spf13/cobra@v1.7.0"))).as("nothing deleted yet").isTrue();
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#deleteHeader").query().getScene().getWindow()).close());
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
