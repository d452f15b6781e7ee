package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.ui.common.ReportFiles;
import javafx.stage.Window;


/** File ▸ Export report…: asks where, and whether JSON ({@code scan --json}'s report) or CSV; the writing runs in the background. */
final class ExportDialog {

    private ExportDialog() {
    }

    static void show(Window owner, RowActions actions) {
        ReportFiles.askWhere(owner, Text.get("export.title"), "modcache-scan.json", Text.get("export.json"), Text.get("export.csv"))
                .ifPresent(c -> actions.exportReport(c.file().toPath(), c.csv()));
    }
}
