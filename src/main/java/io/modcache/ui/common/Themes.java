package io.modcache.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;
import javafx.stage.Window;

import java.util.Locale;
import java.util.Objects;

/**
 * The light and dark themes: every scene the app makes is tracked, and carries the dark
 * stylesheet after the app's own while the theme in effect is dark. The chosen theme may follow
 * the system, whose preference is read once at start-up (off the FX thread). Text is sized the same
 * way: the root font size of every scene is the desktop's text scale times the user's zoom, and
 * the stylesheets size everything in em. Lives on the FX thread.
 */
public final class Themes {

    public enum Theme {
        SYSTEM, LIGHT, DARK;

        public static Theme of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                return SYSTEM;
            }
        }
    }

    static final String DARK_STYLESHEET = Objects.requireNonNull(Themes.class.getResource("/io/modcache/ui/dark.css")).toExternalForm();
    private static final ObjectProperty<Theme> CHOSEN = new SimpleObjectProperty<>(Theme.SYSTEM);
    private static volatile boolean systemPrefersDark;
    private static final DoubleProperty TEXT_ZOOM = new SimpleDoubleProperty(1);
    private static volatile double systemTextScale = 1;
    /** The scale text is shown at, relative to JavaFX's default: follows the desktop's scale and the user's zoom. */
    private static final javafx.beans.property.ReadOnlyDoubleWrapper TEXT_SCALE = new javafx.beans.property.ReadOnlyDoubleWrapper(1);

    static {
        CHOSEN.addListener((obs, old, now) -> restyleAll());
        TEXT_ZOOM.addListener((obs, old, now) -> {
            TEXT_SCALE.set(systemTextScale * now.doubleValue());
            restyleAll();
        });
    }

    private Themes() {
    }

    private static String fontSizeStyle() {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize());
    }

    private static void restyleAll() {
        Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                style(w.getScene());
            }
        });
    }

    /** The theme the user chose (System follows the desktop). */
    public static ObjectProperty<Theme> chosenProperty() {
        return CHOSEN;
    }

    /** What the desktop prefers, as read at start-up; open windows follow it when the theme is System. */
    public static void setSystemPrefersDark(boolean dark) {
        systemPrefersDark = dark;
        restyleAll();
    }

    public static boolean isDark() {
        Theme t = CHOSEN.get();
        return t == Theme.DARK || (t == Theme.SYSTEM && systemPrefersDark);
    }

    /** How large text is: the desktop's factor (read at start-up) times the user's zoom (View ▸ Text size). */
    public static DoubleProperty textZoomProperty() {
        return TEXT_ZOOM;
    }

    public static void setSystemTextScale(double factor) {
        systemTextScale = factor;
        TEXT_SCALE.set(systemTextScale * TEXT_ZOOM.get());
        restyleAll();
    }

    /** {@link #fontSize()} over JavaFX's default font size, as it changes. */
    public static javafx.beans.property.ReadOnlyDoubleProperty textScaleProperty() {
        return TEXT_SCALE.getReadOnlyProperty();
    }

    /** The root font size every em in the stylesheets and the treemap's labels follow. */
    public static double fontSize() {
        return Font.getDefault().getSize() * systemTextScale * TEXT_ZOOM.get();
    }

    /** Styles a dialog (made before it has a scene) with the app's stylesheet, the theme and the text size in effect. */
    public static void dress(DialogPane pane) {
        pane.setStyle(fontSizeStyle());
        pane.getStylesheets().add(FxmlViews.stylesheet());
        if (isDark()) {
            pane.getStylesheets().add(DARK_STYLESHEET);
        }
    }

    /** Styles {@code scene} with the theme in effect; scenes of open windows follow later changes. */
    public static void style(Scene scene) {
        if (scene.getRoot() != null) {
            scene.getRoot().setStyle(fontSizeStyle());
        }
        boolean has = scene.getStylesheets().contains(DARK_STYLESHEET);
        if (isDark() && !has) {
            scene.getStylesheets().add(DARK_STYLESHEET);
        } else if (!isDark() && has) {
            scene.getStylesheets().remove(DARK_STYLESHEET);
        }
    }
}
