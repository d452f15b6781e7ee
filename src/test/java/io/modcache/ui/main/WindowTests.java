package io.modcache.ui.main;

import io.modcache.ui.model.CacheRow;
import javafx.scene.control.TreeTableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** What the window tests share: waiting for the scan, finding the tree. */
final class WindowTests {

    private WindowTests() {
    }

    static void awaitScan(MainViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.lastScanProperty().get() != null && !model.scanningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static TreeTableView<CacheRow> tree(FxRobot robot) {
        return robot.lookup("#cacheTree").queryAs(TreeTableView.class);
    }
}
