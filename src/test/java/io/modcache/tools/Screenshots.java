package io.modcache.tools;

import io.modcache.testing.FxWaits;
import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.EntryId;
import io.modcache.cache.ScanService;
import io.modcache.cache.VersionId;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.settings.RuleSettings;
import io.modcache.settings.ViewSettings;
import io.modcache.system.GoEnv;
import io.modcache.ui.ModcacheApp;
import io.modcache.ui.common.FxUiExecutor;
import io.modcache.ui.main.MainServices;
import io.modcache.ui.main.MainViewModel;
import io.modcache.verify.VerificationService;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Opens the real main window on a cache, headless (Monocle, software rendering), drives it into a
 * state, and writes the scene to a PNG: how the screenshots in docs/ are made and looked at.
 *
 * <p>usage: Screenshots CACHE OUT.png [OPTION...]; options: verified, rules, projects=DIR (its first
 * project is named), colour=AGE|VERIFICATION|USED_BY|HOST|PROVENANCE, host (group by host), flat, overview,
 * notreemap, nodetails, select=PATH[@VERSION], zoom=MODULE, filter=TEXT, width=PX, height=PX, theme=LIGHT|DARK,
 * menu (the selected row's context menu open), sumdb (verification asks the checksum database GOSUMDB
 * names, offline), text=ZOOM (View ▸ Text size), preview (the delete preview of the selection instead of the window)
 */
public final class Screenshots {

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        List<Path> projects = options.containsKey("projects") ? firstOf(Path.of(options.get("projects"))) : List.of();
        ViewSettings view = new ViewSettings(!options.containsKey("notreemap"), 0.55, options.getOrDefault("colour", "AGE"),
                options.containsKey("host"), "size", false, options.containsKey("flat"), options.containsKey("overview"),
                options.containsKey("nodetails"));
        CountDownLatch started = new CountDownLatch(1);
        io.modcache.ui.common.RenderingOptions.beforeToolkit();
        Platform.startup(started::countDown);
        started.await();
        Path app = Files.createTempDirectory("screenshots");
        try (WorkerPool workers = new WorkerPool()) {
            MainViewModel model = onFx(() -> {
                io.modcache.ui.common.Themes.chosenProperty().set(
                        io.modcache.ui.common.Themes.Theme.of(options.getOrDefault("theme", "LIGHT")));
                io.modcache.ui.common.Themes.textZoomProperty().set(Double.parseDouble(options.getOrDefault("text", "1")));
                RuleSettings rules = new RuleSettings(false, "90d", true, 2, false, false, false, "5GiB", "", false);
                MainViewModel m = new MainViewModel(new FxUiExecutor(workers), new MainServices(
                        new ScanService(CacheLocator.forThisProcess(() -> GoEnv.NONE), new CacheScanner(workers.pool())),
                        new VerificationService(workers.pool(), Files.createTempDirectory("index"), !options.containsKey("sumdb") ? null
                                : io.modcache.sumdb.ProvenanceChecker.offline(() -> io.modcache.sumdb.SumdbConfig.from(GoEnv.NONE,
                                        System.getenv(), Path.of(System.getProperty("user.home"))))),
                        new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()), () -> PrivatePatterns.NONE, () -> projects,
                        new ProjectNeedsResolver(null), MainServices.Stored.inMemory(rules), MainServices.Stored.inMemory(view),
                        new HistoryStore(app), new ScanSnapshots(app)));
                Stage stage = new Stage();
                ModcacheApp.MainWindow.load(m, owner -> false).showIn(stage);
                stage.setWidth(Double.parseDouble(options.getOrDefault("width", "1280")));
                stage.setHeight(Double.parseDouble(options.getOrDefault("height", "800")));
                stage.setX(0);
                stage.setY(0);
                m.chooseRoot(cache);
                return m;
            });
            waitFor(() -> model.lastScanProperty().get() != null && !model.busyProperty().get());
            if (!projects.isEmpty()) { // the projects' needs arrive right after the scan
                waitFor(() -> model.cache().needsProperty().get() != null);
            }
            FxWaits.pulses(10);
            if (options.containsKey("verified") || options.containsKey("rules")) {
                onFx(() -> {
                    model.verifyAll();
                    return null;
                });
                waitFor(() -> !model.busyProperty().get());
            }
            if (options.containsKey("rules")) {
                onFx(() -> {
                    ((ToggleButton) scene().lookup("#rulesButton")).setSelected(true);
                    return null;
                });
                waitFor(() -> !model.rules().summaryProperty().get().isEmpty());
                onFx(() -> {
                    model.rules().selectMatching();
                    return null;
                });
            }
            if (options.containsKey("select")) {
                onFx(() -> {
                    String[] id = options.get("select").split("@", 2);
                    model.selection().select(List.of(id.length == 2 ? new VersionId(id[0], id[1]) : new EntryId.Module(id[0])), null);
                    return null;
                });
            }
            if (options.containsKey("zoom")) {
                onFx(() -> {
                    model.treemap().zoomProperty().set(new EntryId.Module(options.get("zoom")));
                    return null;
                });
            }
            if (options.containsKey("filter")) {
                onFx(() -> {
                    model.searchTextProperty().set(options.get("filter"));
                    return null;
                });
            }
            FxWaits.pulses(30); // selections, zoom and filter laid out and painted
            Image shot = options.containsKey("preview") ? deletePreview() : onFx(() -> scene().snapshot(null));
            if (options.containsKey("menu")) {
                shot = withRowMenu(shot);
            }
            write(shot, out);
            System.out.println("saved " + out);
        }
        Platform.exit();
    }

    /** The delete preview of the selection, as Delete… opens it (a dialog that waits for its answer: opened without waiting). */
    private static Image deletePreview() throws Exception {
        Platform.runLater(() -> ((javafx.scene.control.Button) scene().lookup("#deleteButton")).fire());
        waitFor(() -> Stage.getWindows().stream().filter(javafx.stage.Window::isShowing).count() > 1);
        FxWaits.pulses(30);
        return onFx(() -> {
            List<javafx.stage.Window> showing = Stage.getWindows().stream().filter(javafx.stage.Window::isShowing).toList();
            return showing.get(showing.size() - 1).getScene().snapshot(null);
        });
    }

    private static List<Path> firstOf(Path projectsDir) throws Exception {
        try (Stream<Path> s = Files.list(projectsDir)) {
            return s.sorted().limit(1).toList();
        }
    }

    private static Scene scene() {
        return Stage.getWindows().stream().filter(w -> w.isShowing()).findFirst().orElseThrow().getScene();
    }

    private static void waitFor(BooleanSupplier done) throws Exception {
        FxWaits.until(done, java.time.Duration.ofMinutes(2));
    }

    private static <T> T onFx(FxWaits.FxCall<T> call) throws Exception {
        return FxWaits.onFx(call);
    }

    /** The window with the context menu of the lead row open over it (a popup is a window of its own: drawn in). */
    private static Image withRowMenu(Image window) throws Exception {
        javafx.scene.control.TreeTableView<?> tree = onFx(() -> (javafx.scene.control.TreeTableView<?>) scene().lookup("#cacheTree"));
        javafx.scene.control.ContextMenu menu = tree.getContextMenu();
        javafx.geometry.Point2D at = onFx(() -> {
            javafx.geometry.Bounds b = tree.localToScene(tree.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getMinX() + 180, b.getMinY() + 95);
        });
        onFx(() -> {
            menu.show(tree.getScene().getWindow(), tree.getScene().getWindow().getX() + at.getX(), tree.getScene().getWindow().getY() + at.getY());
            return null;
        });
        waitFor(menu::isShowing);
        FxWaits.pulses(10);
        Image popup = onFx(() -> {
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return menu.getScene().getRoot().snapshot(transparent, null);
        });
        javafx.scene.image.WritableImage out = new javafx.scene.image.WritableImage(window.getPixelReader(),
                (int) window.getWidth(), (int) window.getHeight());
        PixelReader p = popup.getPixelReader();
        for (int y = 0; y < (int) popup.getHeight() && at.getY() + y < out.getHeight(); y++) {
            for (int x = 0; x < (int) popup.getWidth() && at.getX() + x < out.getWidth(); x++) {
                int argb = p.getArgb(x, y);
                if ((argb >>> 24) > 0) {
                    out.getPixelWriter().setArgb((int) at.getX() + x, (int) at.getY() + y, argb);
                }
            }
        }
        return out;
    }

    private static void write(Image image, Path out) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(out.getParent());
        ImageIO.write(buffered, "png", out.toFile());
    }

}
