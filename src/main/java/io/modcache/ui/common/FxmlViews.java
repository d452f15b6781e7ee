package io.modcache.ui.common;

import io.modcache.text.Text;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Loads a window's FXML, with its controller and the program's words, into a scene that carries the app's stylesheet. */
public final class FxmlViews {

    private static final String STYLESHEET = "/io/modcache/ui/modcache.css";

    private FxmlViews() {
    }

    /** A sensible size on first open and a minimum, whatever the window manager makes of the scene's preferred size. */
    public static void size(Stage stage, double width, double height, double minWidth, double minHeight) {
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
    }

    public static Scene load(String fxmlResource, Object controller) {
        Scene scene = new Scene(loadNode(fxmlResource, controller));
        scene.getStylesheets().add(stylesheet());
        Themes.style(scene);
        HoverTooltip.fromAccessibleHelp(scene);
        return scene;
    }

    /** The app's stylesheet, for scenes not loaded from FXML (dialogs); follow it with {@link Themes#style}. */
    public static String stylesheet() {
        return Objects.requireNonNull(FxmlViews.class.getResource(STYLESHEET)).toExternalForm();
    }

    /** A part of a window (a panel) from FXML, with its controller and the program's words. */
    public static Parent loadNode(String fxmlResource, Object controller) {
        FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(FxmlViews.class.getResource(fxmlResource), fxmlResource));
        loader.setController(controller);
        loader.setResources(Text.bundle());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxmlResource, e);
        }
    }
}
