package io.modcache.ui.overview;

import io.modcache.text.Text;
import io.modcache.cache.CacheTotals;
import io.modcache.cache.EntryId;
import io.modcache.cache.ModuleVersion;
import io.modcache.history.CacheHistory;
import io.modcache.history.HistoryRecord;
import io.modcache.select.AgeBucket;
import io.modcache.select.CacheOverview;
import io.modcache.ui.common.Formats;
import io.modcache.ui.common.FxmlViews;
import io.modcache.ui.common.Palette;
import io.modcache.ui.model.Selection;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The overview panel: how much each common rule would free (each a link that selects those
 * versions), bytes by when versions were last used, the largest versions (links to them), and
 * the cache's growth over time.
 */
public final class OverviewController {

    @FXML private Label total;
    @FXML private GridPane presets;
    @FXML private HBox ageBar;
    @FXML private GridPane ageLegend;
    @FXML private GridPane largest;
    @FXML private Label since;
    @FXML private AreaChart<Number, Number> growth;
    @FXML private NumberAxis timeAxis;
    @FXML private NumberAxis sizeAxis;

    private final OverviewViewModel model;
    private final Selection selection;
    private final Runnable onClose;
    private final Runnable editProjects;

    private OverviewController(OverviewViewModel model, Selection selection, Runnable onClose, Runnable editProjects) {
        this.model = model;
        this.selection = selection;
        this.onClose = onClose;
        this.editProjects = editProjects;
    }

    /** @param editProjects opens the Projects dialog, where "unused by my projects" starts */
    public static Parent load(OverviewViewModel model, Selection selection, Runnable onClose, Runnable editProjects) {
        return FxmlViews.loadNode("/io/modcache/ui/overview/overview-panel.fxml",
                new OverviewController(model, selection, onClose, editProjects));
    }

    @FXML
    private void initialize() {
        model.overviewProperty().addListener((obs, old, now) -> show(now));
        model.totalsProperty().addListener((obs, old, now) -> showTotal(now));
        model.historyProperty().addListener((obs, old, now) -> showHistory(now));
        showTotal(model.totalsProperty().get());
        show(model.overviewProperty().get());
        showHistory(model.historyProperty().get());
    }

    @FXML
    private void close() {
        onClose.run();
    }

    private static String unbroken(String words) {
        return words.replace(' ', '\u00a0');
    }

    private void showTotal(CacheTotals t) {
        total.setText(Text.get("overview.total", Formats.bytes(t.bytes()), Formats.counted("count.version", t.versions()),
                Formats.counted("count.module", t.modules()), Formats.counted("count.file", t.files())));
    }

    private void show(CacheOverview o) {
        presets.getChildren().clear();
        ageBar.getChildren().clear();
        ageLegend.getChildren().clear();
        largest.getChildren().clear();
        if (o == null) {
            return;
        }
        int row = 0;
        for (CacheOverview.Preset p : o.presets()) {
            int n = p.outcome().picks().size();
            Hyperlink link = new Hyperlink(p.name());
            link.setId("preset-" + row);
            link.setDisable(n == 0);
            link.setOnAction(e -> model.select(p));
            String kept = p.outcome().kept().isEmpty() ? "" : Text.get("overview.kept", Formats.count(p.outcome().kept().size()));
            // in a narrow panel the line breaks between the bytes and the count, never inside either
            Label what = new Label(unbroken(Formats.bytes(p.outcome().bytes())) + "  "
                    + unbroken("(" + Text.get("count.version", n, Formats.count(n)) + kept + ")"));
            what.setWrapText(true);
            if (p.rules().broken() && o.unverified() > 0) {
                what.setTooltip(new Tooltip(Text.get("overview.unverified", o.unverified(), Formats.count(o.unverified()))));
            }
            presets.addRow(row++, link, what);
        }
        if (o.presets().stream().noneMatch(p -> p.rules().unused())) {
            // the rule needs to know the projects: say so where its figure would be, rather than leave it out
            Hyperlink projects = new Hyperlink(Text.get("overview.unused"));
            projects.setId("preset-projects");
            projects.setOnAction(e -> editProjects.run());
            Label why = new Label(Text.get("overview.unused.noProjects"));
            why.setWrapText(true);
            presets.addRow(row, projects, why);
        }
        long all = o.bytesByAge().values().stream().mapToLong(Long::longValue).sum();
        row = 0;
        for (AgeBucket b : AgeBucket.values()) {
            long bytes = o.bytesByAge().get(b);
            if (bytes == 0 && b == AgeBucket.UNKNOWN) {
                continue;
            }
            Region part = new Region();
            part.setBackground(new Background(new BackgroundFill(Palette.color(Palette.age(b)), null, null)));
            part.setMinWidth(0);
            part.prefWidthProperty().bind(ageBar.widthProperty().multiply(all == 0 ? 0 : bytes / (double) all));
            Tooltip.install(part, new Tooltip(b.words() + ": " + Formats.bytes(bytes)));
            HBox.setHgrow(part, Priority.NEVER);
            ageBar.getChildren().add(part);
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setBackground(new Background(new BackgroundFill(Palette.color(Palette.age(b)), null, null)));
            ageLegend.addRow(row++, new Label(b.words(), swatch), new Label(Formats.bytes(bytes)));
        }
        row = 0;
        for (ModuleVersion v : o.largest()) {
            Hyperlink link = new Hyperlink(v.id().toString());
            link.setTooltip(new Tooltip(v.id().toString()));
            link.setMaxWidth(250);
            link.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            link.setOnAction(e -> selection.select(List.of((EntryId) v.id()), v.id()));
            Label size = new Label(Formats.bytes(v.bytes()));
            // the size whole, the name elided in the middle when the panel is narrow ("180 ..." said nothing)
            size.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            link.setMinWidth(0);
            largest.addRow(row++, link, size);
        }
    }

    private void showHistory(CacheHistory h) {
        growth.getData().clear();
        if (h == null || h.scans().isEmpty()) {
            since.setText(Text.get("overview.history.empty"));
            return;
        }
        List<HistoryRecord> records = h.scans();
        long max = records.stream().mapToLong(HistoryRecord::bytes).max().orElse(0);
        boolean gib = max >= 1L << 30;
        double unit = gib ? 1L << 30 : 1L << 20;
        sizeAxis.setLabel(gib ? "GiB" : "MiB");
        XYChart.Series<Number, Number> bytes = new XYChart.Series<>();
        records.forEach(r -> bytes.getData().add(new XYChart.Data<>(r.scannedAt().getEpochSecond(), r.bytes() / unit)));
        growth.getData().add(bytes);
        Instant first = records.get(0).scannedAt();
        Instant last = records.get(records.size() - 1).scannedAt();
        DateTimeFormatter format = DateTimeFormatter.ofPattern(Duration.between(first, last).toDays() < 2 ? "MM-dd HH:mm" : "yyyy-MM-dd")
                .withZone(ZoneId.systemDefault());
        timeAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return format.format(Instant.ofEpochSecond(seconds.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        since.setText(h.change().map(c -> Formats.change(c) + " · " + Formats.counted("count.record", records.size()))
                .orElse(Text.get("overview.history.one", Formats.dateTime(first))));
    }
}
