package io.modcache.ui.treemap;

import io.modcache.ui.common.TextWidth;
import io.modcache.ui.model.Selection;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;

/**
 * Draws the treemap on a canvas: the rendered cushions as one image, labels where a tile has room,
 * and outlines round the selected tiles. While a new rendering for a new size is under way, the
 * last one is drawn scaled, so resizing redraws within the frame. Clicks, Ctrl-clicks and double
 * clicks go to the view model.
 */
public final class TreemapView extends Region {

    private static final Color OUTLINE = Color.web("#00add8");
    private static final Color BACKGROUND = Color.web("#2b2d30");
    /** Label sizes at the normal text size; they follow View ▸ Text size and the desktop's scale. */
    private static final double GROUP_FONT_SIZE = 11;
    private static final double LEAF_FONT_SIZE = 10.5;
    private Font groupFont;
    private Font leafFont;
    private double fontsFor;

    private final TreemapViewModel model;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private Tile<Object> hovered;
    private ContextMenu tileMenu;

    public TreemapView(TreemapViewModel model, Selection selection) {
        this.model = model;
        getStyleClass().add("treemap-view");
        getChildren().add(canvas);
        setMinSize(120, 80);
        setFocusTraversable(true);
        model.renderedProperty().addListener((obs, old, now) -> draw());
        selection.idsProperty().addListener((obs, old, now) -> draw());
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setShowDuration(Duration.seconds(20));
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hovered = null;
            Tooltip.uninstall(canvas, tooltip);
            draw();
        });
        canvas.setOnMouseClicked(this::clicked);
        // here rather than on the canvas: from the keyboard (Shift+F10, the menu key) the event targets this focused pane
        setOnContextMenuRequested(e -> {
            Tile<Object> tile = e.isKeyboardTrigger() ? model.leadTile() : tileAt(e.getX(), e.getY());
            if (tile == null || tileMenu == null) {
                return;
            }
            // a tile outside the selection becomes the selection, as a row does in the tree
            if (!selection.ids().contains(tile.node().item())) {
                model.click(tile, false);
            }
            tileMenu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ESCAPE, BACK_SPACE -> model.zoomOut();
                case LEFT, KP_LEFT -> model.move(TreemapLayout.Direction.LEFT);
                case RIGHT, KP_RIGHT -> model.move(TreemapLayout.Direction.RIGHT);
                case UP, KP_UP -> model.move(TreemapLayout.Direction.UP);
                case DOWN, KP_DOWN -> model.move(TreemapLayout.Direction.DOWN);
                case ENTER -> model.zoomInto(model.leadTile());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        io.modcache.ui.common.KeyboardMenus.install(this, () -> {
            Tile<Object> lead = model.leadTile();
            return lead == null ? new javafx.geometry.Point2D(0, 0) : centreOf(lead);
        });
        setAccessibleText(io.modcache.text.Text.get("treemap.accessible"));
        io.modcache.ui.common.Themes.textZoomProperty().addListener(new javafx.beans.WeakInvalidationListener(textSizeChanged));
    }

    /** Labels are drawn at the text size: a new size redraws them (held here: the property holds it only weakly). */
    private final javafx.beans.InvalidationListener textSizeChanged = o -> draw();

    /** The menu a right-click on a tile opens, for the selection (the tile joins it first). */
    public void setTileMenu(ContextMenu menu) {
        tileMenu = menu;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            model.resize(w, h);
            draw();
        }
    }

    /** The middle of a tile, in the canvas's coordinates. */
    private javafx.geometry.Point2D centreOf(Tile<Object> tile) {
        TreemapViewModel.Rendered r = model.renderedProperty().get();
        double sx = r == null ? 1 : canvas.getWidth() / r.width();
        double sy = r == null ? 1 : canvas.getHeight() / r.height();
        return new javafx.geometry.Point2D((tile.x() + tile.w() / 2) * sx, (tile.y() + tile.h() / 2) * sy);
    }

    /** The tile under a point of the canvas, in the coordinates of the rendering on show. */
    public Tile<Object> tileAt(double x, double y) {
        TreemapViewModel.Rendered r = model.renderedProperty().get();
        if (r == null) {
            return null;
        }
        return r.layout().tileAt(x * r.width() / canvas.getWidth(), y * r.height() / canvas.getHeight());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        Tile<Object> tile = tileAt(e.getX(), e.getY());
        if (e.getClickCount() == 2) {
            model.zoomInto(tile);
        } else {
            model.click(tile, e.isShortcutDown());
        }
    }

    private void hover(MouseEvent e) {
        Tile<Object> tile = tileAt(e.getX(), e.getY());
        if (tile != hovered) {
            hovered = tile;
            if (tile == null) {
                Tooltip.uninstall(canvas, tooltip);
            } else {
                tooltip.setText(model.describe(tile));
                Tooltip.install(canvas, tooltip);
            }
            draw();
        }
    }

    /** Draws the latest rendering, scaled to the canvas, with labels and outlines. */
    public void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        TreemapViewModel.Rendered r = model.renderedProperty().get();
        boolean image = r != null && r.width() > 0 && r.height() > 0 && !r.layout().tiles().isEmpty();
        if (!image) {
            // the opaque image covers the canvas; without one, the background shows
            g.setFill(BACKGROUND);
            g.fillRect(0, 0, w, h);
        }
        if (r == null || r.width() == 0 || r.height() == 0) {
            return;
        }
        if (r.layout().tiles().isEmpty()) {
            // an empty cache: say so rather than leave a dark box
            g.setFill(Color.web("#a3a8ae"));
            g.setFont(Font.font(io.modcache.ui.common.Themes.fontSize()));
            g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(model.emptyText(), w / 2, h / 2);
            g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
            return;
        }
        g.drawImage(r.image(), 0, 0, w, h);
        double sx = w / r.width();
        double sy = h / r.height();
        labels(g, r, sx, sy);
        g.setLineWidth(2);
        g.setStroke(OUTLINE);
        for (Tile<Object> t : model.selectedTiles()) {
            g.strokeRect(t.x() * sx + 1, t.y() * sy + 1, Math.max(1, t.w() * sx - 2), Math.max(1, t.h() * sy - 2));
        }
        if (hovered != null) {
            g.setLineWidth(1);
            g.setStroke(Color.WHITE);
            g.strokeRect(hovered.x() * sx + 0.5, hovered.y() * sy + 0.5, Math.max(1, hovered.w() * sx - 1), Math.max(1, hovered.h() * sy - 1));
        }
    }

    private void labels(GraphicsContext g, TreemapViewModel.Rendered r, double sx, double sy) {
        double scale = io.modcache.ui.common.Themes.fontSize() / Font.getDefault().getSize();
        if (groupFont == null || scale != fontsFor) {
            fontsFor = scale;
            // a group's label lives in its header strip, which the layout keeps at a fixed height
            groupFont = Font.font("System", FontWeight.BOLD, Math.min(GROUP_FONT_SIZE * scale, TreemapViewModel.OPTIONS.headerHeight() - 3));
            leafFont = Font.font("System", LEAF_FONT_SIZE * scale);
        }
        g.setTextBaseline(VPos.TOP);
        for (Tile<Object> t : r.layout().tiles()) {
            double x = t.x() * sx;
            double y = t.y() * sy;
            double tw = t.w() * sx;
            double th = t.h() * sy;
            if (!t.isLeaf()) {
                if (TreemapViewModel.OPTIONS.headerFits(t.w(), t.h())) {
                    g.setFont(groupFont);
                    g.setFill(Color.web("#e8eaed"));
                    text(g, fitPath(t.node().label(), groupFont, tw - 8), x + 4, y + 2);
                }
            } else if (tw >= 36 && th >= leafFont.getSize() + 5) {
                g.setFont(leafFont);
                g.setFill(io.modcache.ui.common.Palette.takesLightText(t.node().argb()) ? LIGHT_LABEL : DARK_LABEL);
                text(g, fit(t.node().label(), leafFont, tw - 6), x + 3, y + 2);
            }
        }
    }

    private static void text(GraphicsContext g, String shown, double x, double y) {
        if (!shown.isEmpty()) {
            g.fillText(shown, x, y);
        }
    }

    private static final Color DARK_LABEL = Color.rgb(0, 0, 0, 0.78);
    private static final Color LIGHT_LABEL = Color.rgb(255, 255, 255, 0.92);

    /** Fewer characters than this, before the ellipsis, say nothing ("v0.…", "gi…"): no label then. */
    static final int LEAST_KEPT = 4;

    /**
     * A module path that does not fit shows its last element ({@code …/protobuf} says more than
     * {@code github.…}), itself cut at the end if need be.
     */
    static String fitPath(String path, Font font, double maxWidth) {
        int slash = path.lastIndexOf('/');
        if (slash < 0 || slash == path.length() - 1) {
            return fit(path, font, maxWidth);
        }
        if (width(path, font) <= maxWidth) {
            return path;
        }
        String tail = "…/" + path.substring(slash + 1);
        return width(tail, font) <= maxWidth ? tail : fit(path.substring(slash + 1), font, maxWidth);
    }

    private static double width(String s, Font font) {
        return TextWidth.of(s, font);
    }

    /** {@code s} cut at the end to {@code maxWidth}, with an ellipsis; nothing when too little of it would show. */
    static String fit(String s, Font font, double maxWidth) {
        double whole = width(s, font);
        if (whole <= maxWidth) {
            return s;
        }
        // average glyph width gives the first guess; trim from there
        double perChar = whole / s.length();
        int n = Math.max(0, Math.min(s.length() - 1, (int) (maxWidth / perChar) - 1));
        while (n >= LEAST_KEPT) {
            String cut = s.substring(0, n) + "…";
            if (width(cut, font) <= maxWidth) {
                return cut;
            }
            n--;
        }
        return "";
    }
}
