package io.modcache.ui.details;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows one version's files, problems, go.sum matches and the command that restores it; or a
 * module's versions; or a summary of several rows.
 */
public final class DetailsPane extends VBox {

    private final Label title = new Label();
    private final Label status = new Label();
    private final Label files = new Label();
    private final Label problems = new Label();
    private final Label goSums = new Label();
    private final Label usedBy = new Label();
    private final TextField restore = new TextField();
    private final Label placeholder = new Label("Select a version to see its files, problems and go.sum matches; a module or several rows for a summary.");
    private final GridPane grid = new GridPane();

    public DetailsPane() {
        getStyleClass().add("details-pane");
        setId("detailsPane");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(6);
        title.getStyleClass().add("details-title");
        title.setId("detailsTitle");
        problems.setId("detailsProblems");
        goSums.setId("detailsGoSums");
        files.getStyleClass().add("details-mono");
        restore.setEditable(false);
        restore.setId("restoreCommand");
        restore.getStyleClass().add("details-mono");
        Button copy = new Button("Copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(restore.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox restoreRow = new HBox(6, restore, copy);
        HBox.setHgrow(restore, Priority.ALWAYS);
        grid.setHgap(12);
        grid.setVgap(4);
        usedBy.setId("detailsUsedBy");
        grid.addRow(0, caption("Status"), status);
        grid.addRow(1, caption("Problems"), problems);
        grid.addRow(2, caption("Used by"), usedBy);
        grid.addRow(3, caption("go.sum"), goSums);
        grid.addRow(4, caption("Restore"), restoreRow);
        grid.addRow(5, caption("Files"), files);
        GridPane.setHgrow(restoreRow, Priority.ALWAYS);
        placeholder.getStyleClass().add("details-placeholder");
        placeholder.setWrapText(true);
        show(null);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-caption");
        l.setMinWidth(70);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return l;
    }

    /** Shows a module's or a multiple selection's summary. */
    public void showSummary(SummaryDetails d) {
        title.setText(d.title());
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        int row = 0;
        for (SummaryDetails.Fact f : d.facts()) {
            Label words = new Label(f.words());
            words.setWrapText(true);
            facts.addRow(row++, caption(f.caption()), words);
        }
        if (!d.list().isEmpty()) {
            Label list = new Label(String.join("\n", d.list()));
            list.getStyleClass().add("details-mono");
            list.setId("detailsList");
            facts.addRow(row, caption("Versions"), list);
        }
        getChildren().setAll(title, facts);
    }

    /** Shows these details, or the placeholder when null. */
    public void show(VersionDetails d) {
        if (d == null) {
            getChildren().setAll(placeholder);
            return;
        }
        title.setText(d.title());
        status.setText(d.status());
        files.setText(String.join("\n", d.files()));
        problems.setText(d.problems().isEmpty() ? "none" : String.join("\n", d.problems()));
        problems.getStyleClass().remove("details-problems");
        if (!d.problems().isEmpty()) {
            problems.getStyleClass().add("details-problems");
        }
        goSums.setText(d.goSums().isEmpty() ? "not checked yet (Verify)" : String.join("\n", d.goSums()));
        restore.setText(d.restoreCommand());
        usedBy.setText(String.join("\n", d.usedBy()));
        getChildren().setAll(title, grid);
    }
}
