package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.ui.common.Themes;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts and Help ▸ About. */
final class HelpDialogs {

    private static final String[][] SHORTCUTS = {
        {"F5", "help.key.rescan"},
        {"Ctrl+F", "help.key.filter"},
        {"Esc", "help.key.escape"},
        {"Arrows, Enter", "help.key.treemapKeys"},
        {"Ctrl+A", "help.key.selectAll"},
        {"Ctrl+C", "help.key.copy"},
        {"Delete", "help.key.delete"},
        {"Ctrl+R", "help.key.rules"},
        {"Ctrl+T", "help.key.treemap"},
        {"Ctrl+D", "help.key.details"},
        {"Ctrl+O", "help.key.open"},
        {"Ctrl+E", "help.key.export"},
        {"Ctrl+=, Ctrl+-, Ctrl+0", "help.key.textSize"},
        {"F1", "help.key.help"},
        {"Tab, Shift+Tab", "help.key.tab"},
        {"Shift+F10, Menu key", "help.key.menu"},
        {"F10, Alt", "help.key.menuBar"},
        {"Ctrl+Q", "help.key.quit"},
    };

    private HelpDialogs() {
    }

    /** Every key the list names ("Ctrl+=, Ctrl+-" names two). */
    static java.util.List<String> listedKeys() {
        return java.util.Arrays.stream(SHORTCUTS).flatMap(row -> java.util.Arrays.stream(row[0].split(", "))).toList();
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(Text.get(SHORTCUTS[i][1])));
        }
        Alert alert = alert(owner, Text.get("help.shortcuts"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    static void about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert alert = alert(owner, Text.get("help.about"));
        alert.setHeaderText(Text.get("help.about.header", version == null ? Text.get("help.about.development") : version));
        alert.setContentText(Text.get("help.about.text", System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?")));
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
