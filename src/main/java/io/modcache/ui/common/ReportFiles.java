package io.modcache.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a report (JSON or CSV) is saved: a save dialog that opens where the last report of this
 * session went, at first in the home folder, not in whatever folder the program was started from.
 */
public final class ReportFiles {

    /** A chosen file, and whether it is to be CSV (by its name, or by the filter chosen). */
    public record Choice(File file, boolean csv) {
    }

    private static File lastFolder;

    private ReportFiles() {
    }

    public static Optional<Choice> askWhere(Window owner, String title, String initialName, String jsonLabel, String csvLabel) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(jsonLabel, "*.json"),
                new FileChooser.ExtensionFilter(csvLabel, "*.csv"));
        chooser.setInitialFileName(initialName);
        chooser.setInitialDirectory(lastFolder != null ? lastFolder : new File(System.getProperty("user.home")));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        boolean csv = file.getName().toLowerCase(Locale.ROOT).endsWith(".csv")
                || chooser.getSelectedExtensionFilter() == chooser.getExtensionFilters().get(1);
        return Optional.of(new Choice(file, csv));
    }
}
