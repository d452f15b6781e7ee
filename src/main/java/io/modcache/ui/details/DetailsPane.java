package io.modcache.ui.details;

import io.modcache.text.Text;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Shows one version's files, problems, go.sum matches and the command that restores it; or a
 * module's versions; or a summary of several rows.
 */
public final class DetailsPane extends VBox {

    private final SelectableText title = new SelectableText();
    private final SelectableText status = new SelectableText();
    private final SelectableText files = new SelectableText();
    private final SelectableText problems = new SelectableText();
    private final SelectableText goSums = new SelectableText();
    private final SelectableText provenance = new SelectableText();
    private final SelectableText usedBy = new SelectableText();
    private final SelectableText restore = new SelectableText();
    private final Label placeholder = new Label(Text.get("details.placeholder"));
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
        restore.setId("restoreCommand");
        restore.getStyleClass().add("details-mono");
        Button copy = new Button(Text.get("details.copy"));
        copy.setMinWidth(Region.USE_PREF_SIZE); // the command wraps instead; "Copy" was cut to "…"
        copy.setAccessibleHelp(Text.get("details.copy.tooltip"));
        new io.modcache.ui.common.HoverTooltip(copy).setText(Text.get("details.copy.tooltip"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(restore.wholeText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        grid.setHgap(12);
        grid.setVgap(4);
        usedBy.setId("detailsUsedBy");
        grid.addRow(0, caption(Text.get("details.status")), status);
        grid.addRow(1, caption(Text.get("details.problems")), problems);
        grid.addRow(2, caption(Text.get("details.usedBy")), usedBy);
        grid.addRow(3, caption(Text.get("details.goSum")), goSums);
        grid.addRow(4, caption(Text.get("details.sumdb")), provenance);
        // the command and the paths under their captions, across the pane: beside the captions they had
        // a narrow pane's last hundred pixels, a word to a line
        grid.addRow(5, caption(Text.get("details.restore")), copy);
        grid.add(restore, 0, 6, 2, 1);
        grid.add(caption(Text.get("details.files")), 0, 7);
        grid.add(files, 0, 8, 2, 1);
        provenance.setId("detailsSumdb");
        for (SelectableText t : new SelectableText[] {status, problems, usedBy, goSums, provenance, files, restore}) {
            GridPane.setHgrow(t, Priority.ALWAYS);
        }
        placeholder.getStyleClass().add("details-placeholder");
        placeholder.setWrapText(true);
        show(null);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-caption");
        // whole even beside a narrow pane's values, which wrap instead ("Checksum DB" was cut to "Check…")
        l.setMinWidth(Region.USE_PREF_SIZE);
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
            SelectableText words = new SelectableText(f.words());
            GridPane.setHgrow(words, Priority.ALWAYS);
            facts.addRow(row++, caption(f.caption()), words);
        }
        if (!d.list().isEmpty()) {
            SelectableText list = new SelectableText(String.join("\n", d.list()));
            list.getStyleClass().add("details-mono");
            list.setId("detailsList");
            facts.addRow(row, caption(Text.get("details.versions")), list);
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
        problems.setText(d.problems().isEmpty() ? Text.get("details.noProblems") : String.join("\n", d.problems()));
        problems.getStyleClass().remove("details-problems");
        if (!d.problems().isEmpty()) {
            problems.getStyleClass().add("details-problems");
        }
        goSums.setText(d.goSums().isEmpty() ? Text.get("details.goSum.unchecked") : String.join("\n", d.goSums()));
        restore.setText(d.restoreCommand());
        provenance.setText(d.provenance());
        usedBy.setText(String.join("\n", d.usedBy()));
        getChildren().setAll(title, grid);
    }
}
