package io.modcache.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In the dark theme a selected toggle stands out from an unselected one (Modena's darker shade is the background's colour there). */
@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {

    private ToggleButton on;
    private ToggleButton off;

    @Start
    void start(Stage stage) {
        on = new ToggleButton("Treemap");
        off = new ToggleButton("Overview");
        on.setSelected(true);
        Scene scene = new Scene(new ToolBar(on, off), 300, 60);
        scene.getStylesheets().add(FxmlViews.stylesheet());
        scene.getStylesheets().add(Themes.DARK_STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    /** The colour of the button's face: its innermost background fill (a gradient's middle). */
    private static Color face(ToggleButton button) {
        List<BackgroundFill> fills = button.getBackground().getFills();
        Paint paint = fills.get(fills.size() - 1).getFill();
        return paint instanceof LinearGradient g ? g.getStops().get(g.getStops().size() / 2).getColor() : (Color) paint;
    }

    @Test
    void aSelectedToggleIsTintedWithTheAccent() {
        Color selected = face(on);
        Color unselected = face(off);
        assertThat(selected.getBlue() - selected.getRed()).as("selected %s", selected).isGreaterThan(0.2);
        assertThat(Math.abs(unselected.getBlue() - unselected.getRed())).as("unselected %s", unselected).isLessThan(0.1);
    }
}
