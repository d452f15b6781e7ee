package io.modcache.ui;

import io.modcache.text.Text;
import io.modcache.cache.CacheLocator;
import io.modcache.cache.CacheScanner;
import io.modcache.cache.ScanService;
import io.modcache.clean.FileLocks;
import io.modcache.system.PrivatePatterns;
import io.modcache.clean.SafeDeleter;
import io.modcache.concurrent.WorkerPool;
import io.modcache.history.HistoryStore;
import io.modcache.history.ScanSnapshots;
import io.modcache.projects.ProjectNeedsResolver;
import io.modcache.settings.SettingsStore;
import io.modcache.settings.WindowSettings;
import io.modcache.system.AppDirs;
import io.modcache.system.DesktopPreferences;
import io.modcache.system.GoEnv;
import io.modcache.system.Lazy;
import io.modcache.system.OperatingSystem;
import io.modcache.ui.common.FxUiExecutor;
import io.modcache.ui.common.FxmlViews;
import io.modcache.ui.common.Themes;
import io.modcache.ui.main.MainController;
import io.modcache.ui.main.MainServices;
import io.modcache.ui.main.MainViewModel;
import io.modcache.ui.projects.ProjectsDialog;
import io.modcache.verify.VerificationService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The desktop application: owns the worker pool for its lifetime and shows the main window. */
public final class ModcacheApp extends Application {

    private AppDirs dirs;
    private WorkerPool workers;
    private MainViewModel model;
    private SettingsStore settings;
    private Lazy<GoEnv> goEnv;
    private CacheLocator locator;
    private ScanSnapshots snapshots;
    private Path initialCache;

    /** Starts the toolkit and opens the window; returns when the window is closed. */
    public static void launchWindow(Path cache) {
        io.modcache.ui.common.RenderingOptions.beforeToolkit();
        WorkerPool pool = WorkerPool.behindTheUserInterface();
        early = new Early(pool, WindowStart.beginMeanwhile(AppDirs.forThisUser(), cache, pool.pool()));
        Application.launch(ModcacheApp.class);
    }

    /** What {@link #launchWindow} started before the toolkit. */
    private record Early(WorkerPool workers, CompletableFuture<WindowStart> start) {
    }

    private static volatile Early early;

    /** Runs before the window, off the FX thread: waits for the settings, read while the toolkit started. */
    @Override
    public void init() {
        io.modcache.ui.common.StartupTrace.now("init");
        Early begun = early;
        if (begun == null) { // launched by Application.launch, not launchWindow
            WorkerPool pool = WorkerPool.behindTheUserInterface();
            begun = new Early(pool, CompletableFuture.completedFuture(WindowStart.begin(null, pool.pool())));
        }
        workers = begun.workers();
        WindowStart start;
        try {
            start = begun.start().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        dirs = start.dirs();
        settings = start.settings();
        goEnv = start.goEnv();
        locator = start.locator();
        snapshots = start.snapshots();
        initialCache = start.initialCache();
        workers.pool().execute(() -> {
            boolean dark = DesktopPreferences.prefersDark();
            double textScale = DesktopPreferences.textScale();
            Platform.runLater(() -> {
                Themes.setSystemTextScale(textScale);
                Themes.setSystemPrefersDark(dark);
            });
        });
    }

    @Override
    public void start(Stage stage) {
        io.modcache.ui.common.StartupTrace.now("start");
        Themes.chosenProperty().set(Themes.Theme.of(settings.get().window().theme()));
        Themes.chosenProperty().addListener((obs, old, theme) -> updateWindow(w -> w.withTheme(theme.name())));
        Themes.textZoomProperty().set(settings.get().window().textZoom());
        Themes.textZoomProperty().addListener((obs, old, zoom) -> updateWindow(w -> w.withTextZoom(zoom.doubleValue())));
        // every verification also checks against the checksum database go uses, offline, from go's cache
        java.util.function.Supplier<io.modcache.sumdb.SumdbConfig> sumdb =
                () -> io.modcache.sumdb.SumdbConfig.from(goEnv.get(), System.getenv(), Path.of(System.getProperty("user.home")));
        VerificationService verifier = new VerificationService(workers.pool(), dirs.cache(), io.modcache.sumdb.ProvenanceChecker.offline(sumdb),
                io.modcache.sumdb.ProvenanceChecker.online(sumdb, () -> io.modcache.sumdb.OnlineSumdb.goproxy(goEnv.get(), System.getenv()),
                        System.getenv()));
        model = new MainViewModel(new FxUiExecutor(workers), new MainServices(
                new ScanService(locator, new CacheScanner(workers.pool())), verifier,
                new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()),
                () -> PrivatePatterns.from(goEnv.get(), System.getenv()), () -> projectDirs(settings),
                new ProjectNeedsResolver(dirs.cache().resolve("projects.json")),
                stored(() -> settings.get().rules(), rules -> settings.update(settings.get().withRules(rules))),
                stored(() -> settings.get().view(), view -> settings.update(settings.get().withView(view))),
                new HistoryStore(dirs.data()), snapshots, io.modcache.system.FileManager::open, sums -> {
                    io.modcache.repair.GoRunner go = io.modcache.repair.GoRunner.onPath();
                    return go == null ? null : new io.modcache.repair.Repairer(go, workers.pool(),
                            new SafeDeleter(workers.pool(), FileLocks.forThisPlatform()),
                            sumdb.get(),
                            PrivatePatterns.from(goEnv.get(), System.getenv()), sums);
                }));
        MainWindow window = MainWindow.load(model, owner -> {
            Optional<List<Path>> edited = ProjectsDialog.edit(owner, projectDirs(settings));
            edited.ifPresent(chosen -> settings.update(settings.get().withProjectDirs(chosen.stream().map(Path::toString).toList())));
            return edited.isPresent();
        });
        io.modcache.ui.common.StartupTrace.now("window built");
        window.showIn(stage, stored(() -> settings.get().window(), w -> settings.update(settings.get().withWindow(w))), workers.pool());
        io.modcache.ui.common.StartupTrace.now("window shown to the system");
        // The scan, and with it the last scan read meanwhile, start once the window's first frame is
        // drawn: put in that frame, the last scan made it come 150-200 ms later and the next one 100-200
        // ms after it, drawn cold beside the walk (docs/performance.md)
        io.modcache.ui.common.FirstFrame.then(window.scene(), () -> {
            if (initialCache != null) {
                model.chooseRoot(initialCache);
            } else {
                model.rescan();
            }
        });
        // from now on, a folder chosen in the window (Change…, File ▸ Open cache…) is the one to open next time
        model.session().chosenRootProperty().addListener((obs, old, root) -> {
            if (root != null) {
                updateWindow(w -> w.withCacheFolder(root.toAbsolutePath().toString()));
            }
        });
    }

    @Override
    public void stop() {
        if (model != null) {
            model.cancel();
        }
        if (workers != null) {
            workers.close();
        }
        if (settings != null) {
            settings.close();
        }
    }

    private static <T> MainServices.Stored<T> stored(Supplier<T> load, Consumer<T> save) {
        return new MainServices.Stored<>() {
            @Override
            public T load() {
                return load.get();
            }

            @Override
            public void save(T value) {
                save.accept(value);
            }
        };
    }

    private void updateWindow(java.util.function.UnaryOperator<WindowSettings> change) {
        settings.update(settings.get().withWindow(change.apply(settings.get().window())));
    }

    private static List<Path> projectDirs(SettingsStore settings) {
        return settings.get().projectDirs().stream().map(Path::of).toList();
    }

    /**
     * The window's icon, at the one size JavaFX hands the window system: it takes the icon nearest
     * 32×32 on Windows and 128×128 elsewhere and scales it to that size on the FX thread, so the
     * other sizes were decoded (a worker's tenth of a second as the window opens) for nothing.
     */
    static List<Image> appIcons() {
        int size = OperatingSystem.current().isWindows() ? 32 : 128;
        try (InputStream in = ModcacheApp.class.getResourceAsStream("icons/modcache-explorer-" + size + ".png")) {
            return List.of(new Image(Objects.requireNonNull(in, "icon " + size)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main window's scene and controller, loaded from FXML. */
    public record MainWindow(Scene scene, MainController controller) {

        public static MainWindow load(MainViewModel model, MainController.ProjectsEditor projects) {
            MainController controller = new MainController(model, projects);
            Scene scene = FxmlViews.load("/io/modcache/ui/main/main-window.fxml", controller);
            controller.installAccelerators(scene);
            return new MainWindow(scene, controller);
        }

        /** Shows the window in {@code stage} with its title, icons, and a sensible size whatever the window manager does. */
        public void showIn(Stage stage) {
            showIn(stage, MainServices.Stored.inMemory(WindowSettings.DEFAULT));
        }

        /** Shows the window where, and as large as, {@code layout} remembers it, and keeps remembering. */
        public void showIn(Stage stage, MainServices.Stored<WindowSettings> layout) {
            showIn(stage, layout, Runnable::run);
        }

        /** As {@link #showIn(Stage, MainServices.Stored)}, the window's icons decoded by {@code decoder}. */
        public void showIn(Stage stage, MainServices.Stored<WindowSettings> layout, Executor decoder) {
            stage.setTitle(Text.get("app.title"));
            stage.setScene(scene);
            FxmlViews.size(stage, 1180, 740, 760, 460);
            controller.rememberLayout(layout, stage);
            // the icon decoded meanwhile, handed to the window system once the rows are on screen
            CompletableFuture<List<Image>> icons = CompletableFuture.supplyAsync(ModcacheApp::appIcons, decoder);
            stage.show();
            io.modcache.ui.common.FirstFrame.then(scene, () -> icons.thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater));
        }
    }
}
