package io.modcache.ui.treemap;

import io.modcache.text.Text;
import io.modcache.ui.common.FxmlViews;
import io.modcache.ui.common.Palette;
import io.modcache.ui.model.Selection;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/** The treemap with its bar (colouring, grouping, breadcrumb) and its legend. */
public final class TreemapPaneController {

    @FXML private ChoiceBox<TreemapColouring> colouringChoice;
    @FXML private CheckBox groupByHost;
    @FXML private HBox breadcrumb;
    @FXML private FlowPane legend;

    private final TreemapViewModel model;
    private final Selection selection;

    private TreemapPaneController(TreemapViewModel model, Selection selection) {
        this.model = model;
        this.selection = selection;
    }

    public static Parent load(TreemapViewModel model, Selection selection) {
        return FxmlViews.loadNode("/io/modcache/ui/treemap/treemap-pane.fxml", new TreemapPaneController(model, selection));
    }

    @FXML
    private void initialize() {
        colouringChoice.getItems().setAll(TreemapColouring.values());
        colouringChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TreemapColouring c) {
                return c == null ? "" : c.words();
            }

            @Override
            public TreemapColouring fromString(String s) {
                return null;
            }
        });
        colouringChoice.valueProperty().bindBidirectional(model.colouringProperty());
        groupByHost.selectedProperty().bindBidirectional(model.groupByHostProperty());
        TreemapView view = new TreemapView(model, selection);
        view.setId("treemap");
        breadcrumb.setAccessibleHelp(Text.get("treemap.hint")); // its tooltip, made on the first hover
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox pane = (VBox) colouringChoice.getParent().getParent();
        pane.getChildren().add(1, view);
        model.crumbsProperty().addListener((obs, old, now) -> showCrumbs(now));
        showCrumbs(model.crumbsProperty().get());
        model.legendProperty().addListener((obs, old, now) -> showLegend(now));
    }

    private void showCrumbs(List<TreemapViewModel.Crumb> crumbs) {
        breadcrumb.getChildren().clear();
        for (int i = 0; i < crumbs.size(); i++) {
            TreemapViewModel.Crumb c = crumbs.get(i);
            if (i > 0) {
                breadcrumb.getChildren().add(new Label("›"));
            }
            if (i == crumbs.size() - 1) {
                Label here = new Label(c.label());
                here.getStyleClass().add("crumb-here");
                breadcrumb.getChildren().add(here);
            } else {
                Hyperlink link = new Hyperlink(c.label());
                link.setOnAction(e -> model.zoomProperty().set(c.zoom()));
                breadcrumb.getChildren().add(link);
            }
        }
    }

    private void showLegend(List<LegendEntry> entries) {
        legend.getChildren().clear();
        for (LegendEntry e : entries) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    Palette.color(e.argb()), new javafx.scene.layout.CornerRadii(2), null)));
            Label label = new Label(e.label(), swatch);
            label.getStyleClass().add("legend-entry");
            legend.getChildren().add(label);
        }
    }
}
