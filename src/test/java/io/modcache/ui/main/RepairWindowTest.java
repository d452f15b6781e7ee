package io.modcache.ui.main;

import io.modcache.cache.VerificationStatus;
import io.modcache.cache.VersionId;
import io.modcache.clean.FileLocks;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.repair.GoRunner;
import io.modcache.repair.Repairer;
import io.modcache.sumdb.SumdbConfig;
import io.modcache.system.PrivatePatterns;
import io.modcache.testing.GoProxyFixture;
import io.modcache.testing.GoTool;
import io.modcache.testing.RequiresGo;
import io.modcache.testing.SumdbServerFixture;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Tools ▸ Repair all broken in the window: the plan first, nothing until Repair, then a verified version. */
@RequiresGo
@ExtendWith(ApplicationExtension.class)
class RepairWindowTest {

    @TempDir
    Path dir;

    private WorkerPool workers;
    private MainViewModel model;
    private GoProxyFixture fixture;
    private SumdbServerFixture sumdb;

    @Start
    void start(Stage stage) throws Exception {
        GoTool go = GoTool.require();
        fixture = new GoProxyFixture(go, dir.resolve("main"));
        fixture.publish("example.com/fine", "v1.0.0", "x.go", "package x\n");
        fixture.publish("example.com/damaged", "v1.0.0", "x.go", "package x\n\nconst Name = \"damaged\"\n");
        fixture.publish("example.com/offonly", "v1.0.0", "x.go", "package x\n\nconst Name = \"offonly\"\n");
        sumdb = SumdbServerFixture.start(go, dir, fixture.proxy(), Map.of());
        Map<String, String> viaDb = Map.of("GOSUMDB", sumdb.gosumdb(), "GONOSUMDB", "", "GOPRIVATE", "");
        fixture.goWith(dir.resolve("main/work"), viaDb, "mod", "download", "example.com/fine@v1.0.0", "example.com/damaged@v1.0.0")
                .assertSuccess();
        fixture.goWith(dir.resolve("main/work"), Map.of("GOSUMDB", "off"), "mod", "download", "example.com/offonly@v1.0.0")
                .assertSuccess();
        Path file = fixture.modcache().resolve("example.com/damaged@v1.0.0/x.go");
        file.toFile().setWritable(true);
        Files.writeString(file, "package x // damaged\n");

        workers = new WorkerPool(2);
        Map<String, String> env = new HashMap<>(fixture.env());
        env.putAll(viaDb);
        env.put("PATH", System.getenv("PATH"));
        SumdbConfig config = SumdbConfig.parse(sumdb.gosumdb(), PrivatePatterns.NONE, dir.resolve("main/gopath"));
        MainServices base = TestServices.of(workers, Map.of(), dir, List.of());
        io.modcache.verify.VerificationService verifier = new io.modcache.verify.VerificationService(workers.pool(), null,
                io.modcache.sumdb.ProvenanceChecker.offline(() -> config), root -> new io.modcache.sumdb.ProvenanceChecker(root, config,
                        new io.modcache.sumdb.OnlineSumdb(config, "off", Map.of())));
        MainServices services = new MainServices(base.scans(), verifier, base.deleter(), base.privatePatterns(),
                base.projectDirs(), base.needs(), base.rules(), base.view(), base.history(), base.snapshots(), base.folderOpener(),
                sums -> new Repairer(new GoRunner(go.executable().toString(), env, 300), workers.pool(),
                        new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()), config, PrivatePatterns.NONE, sums));
        model = new MainViewModel(new FxUiExecutor(workers), services);
        ModcacheApp.MainWindow.load(model, owner -> false).showIn(stage, MainServices.Stored.inMemory(
                io.modcache.settings.WindowSettings.DEFAULT));
        model.chooseRoot(fixture.modcache());
    }

    @AfterEach
    void stop() throws Exception {
        workers.close();
        sumdb.close();
        fixture.close();
    }

    @Test
    void repairAllBrokenShowsThePlanThenRepairsOnlyWhenAsked(FxRobot robot) throws Exception {
        WindowTests.awaitScan(model);
        robot.interact(() -> model.verifyAll());
        VersionId damaged = new VersionId("example.com/damaged", "v1.0.0");
        // the verdict shows with its batch, before the verification ends; repair is refused until then, as its menu item is
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(damaged) == VerificationStatus.DIR_MODIFIED && !model.busyProperty().get());

        robot.interact(() -> menuFire(robot, "menuRepairAllBroken"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#repairConfirm").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#repairLines").queryAs(ListView.class);
        assertThat(lines.getItems()).anyMatch(l -> l.startsWith("example.com/damaged@v1.0.0  (dir has been modified)"))
                .noneMatch(l -> l.contains("example.com/fine"));
        assertThat(Files.readString(fixture.modcache().resolve("example.com/damaged@v1.0.0/x.go"))).contains("damaged\n");

        robot.interact(() -> robot.lookup("#repairConfirm").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#repairHeader").queryAs(Label.class).getText().startsWith("Done: 1 of 1 repaired."));
        assertThat(lines.getItems()).contains("example.com/damaged@v1.0.0: repaired");
        assertThat(Files.readString(fixture.modcache().resolve("example.com/damaged@v1.0.0/x.go"))).contains("\"damaged\"");
    }

    @Test
    void verifyAllOnlineAsksTheDatabaseAboutWhatGoDidNotCache(FxRobot robot) throws Exception {
        WindowTests.awaitScan(model);
        VersionId offonly = new VersionId("example.com/offonly", "v1.0.0");
        robot.interact(() -> model.verifyAll());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sumdb(offonly) == io.modcache.sumdb.Provenance.State.UNKNOWN);
        assertThat(sumdb(new VersionId("example.com/fine", "v1.0.0"))).isEqualTo(io.modcache.sumdb.Provenance.State.CONFIRMED);

        robot.interact(() -> menuFire(robot, "menuVerifyAllOnline"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sumdb(offonly) == io.modcache.sumdb.Provenance.State.CONFIRMED);
        assertThat(model.cache().find(offonly).statusProperty().get().tooltip()).contains("Checksum database: confirmed");
        assertThat(sumdb.requests()).contains("/lookup/example.com/offonly@v1.0.0");
    }

    private io.modcache.sumdb.Provenance.State sumdb(VersionId id) {
        var row = model.cache().find(id);
        return row == null || row.verdictProperty().get() == null || row.verdictProperty().get().provenance() == null ? null
                : row.verdictProperty().get().provenance().state();
    }

    private VerificationStatus status(VersionId id) {
        var row = model.cache().find(id);
        return row == null || row.verdictProperty().get() == null ? null : row.verdictProperty().get().status();
    }

    private static void menuFire(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
    }
}
