package io.modcache.ui.main;

import io.modcache.ui.common.Themes;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {

    private static final String[][] SHORTCUTS = {
        {"F5", "Scan the cache again"},
        {"Ctrl+F", "Filter by path, path@version or version"},
        {"Esc", "Clear the filter (in the filter box); zoom out (in the treemap)"},
        {"Ctrl+A", "Select every row"},
        {"Ctrl+C", "Copy the selected rows' folders"},
        {"Delete", "Preview deleting the selection"},
        {"Ctrl+R", "Select by rule"},
        {"Ctrl+T", "Show or hide the treemap"},
        {"Ctrl+O", "Open another cache folder"},
        {"Ctrl+E", "Export the scan (JSON or CSV)"},
        {"Shift+F10, Menu key", "The selection's context menu"},
        {"Ctrl+Q", "Quit"},
    };

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        Alert alert = alert(owner, "Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert alert = alert(owner, "About Modcache Explorer");
        alert.setHeaderText("Modcache Explorer " + (version == null ? "(development build)" : version));
        alert.setContentText("See, verify and clean your Go module cache.\n\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        alert.show();
    }

    private static Alert alert(Window owner, String title) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Themes.dress(alert.getDialogPane());
        return alert;
    }
}
