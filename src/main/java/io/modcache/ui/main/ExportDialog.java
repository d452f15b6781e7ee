package io.modcache.ui.main;

import io.modcache.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Locale;

/** File ▸ Export report…: asks where, and whether JSON ({@code scan --json}'s report) or CSV; the writing runs in the background. */
final class ExportDialog {

    private ExportDialog() {
    }

    static void show(Window owner, RowActions actions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Text.get("export.title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(Text.get("export.json"), "*.json"),
                new FileChooser.ExtensionFilter(Text.get("export.csv"), "*.csv"));
        chooser.setInitialFileName("modcache-scan.json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            boolean csv = file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                    || chooser.getSelectedExtensionFilter() == chooser.getExtensionFilters().get(1);
            actions.exportReport(file.toPath(), csv);
        }
    }
}
