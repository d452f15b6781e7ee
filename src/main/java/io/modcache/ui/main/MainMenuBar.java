package io.modcache.ui.main;

import io.modcache.ui.common.Themes;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;

/**
 * The main window's menu bar: every action of the toolbar and the context menu, with its
 * accelerator, and the view toggles bound to the toolbar's buttons, so either drives the other.
 */
final class MainMenuBar {

    /** What the menus do; the controller's actions. */
    record Commands(Runnable openCache, Runnable exportReport, Runnable quit, Runnable selectAll, Runnable find, Runnable copy,
                    Runnable verifyAll, Runnable verifySelected, Runnable projects, Runnable rescan, Runnable delete,
                    Runnable shortcuts, Runnable about) {
    }

    /** The toolbar's toggles the View and Edit menus mirror. */
    record Toggles(ToggleButton rules, ToggleButton treemap, ToggleButton overview, ToggleButton flat) {
    }

    /** When actions make no sense: while busy, or with nothing (or no version) selected. */
    record Guards(BooleanExpression busy, BooleanExpression noScan, BooleanExpression nothingSelected,
                  BooleanExpression noVersionSelected) {
    }

    private MainMenuBar() {
    }

    static MenuBar create(Commands c, Toggles t, Guards g, ObjectProperty<Themes.Theme> theme) {
        MenuItem open = item("Open cache…", c.openCache(), shortcut(KeyCode.O));
        MenuItem export = item("Export report…", c.exportReport(), shortcut(KeyCode.E));
        export.disableProperty().bind(g.noScan());
        Menu file = new Menu("_File", null, open, export, new SeparatorMenuItem(), item("Quit", c.quit(), shortcut(KeyCode.Q)));

        MenuItem copy = item("Copy path", c.copy(), shortcut(KeyCode.C));
        copy.disableProperty().bind(g.nothingSelected());
        Menu edit = new Menu("_Edit", null, copy, item("Select all", c.selectAll(), shortcut(KeyCode.A)),
                check("Select by rule…", t.rules(), shortcut(KeyCode.R)), new SeparatorMenuItem(),
                item("Find", c.find(), shortcut(KeyCode.F)));

        Menu themes = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Themes.Theme each : Themes.Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(label(each));
            r.setId("theme" + label(each));
            r.setToggleGroup(group);
            r.setSelected(theme.get() == each);
            r.setOnAction(e -> theme.set(each));
            themes.getItems().add(r);
        }
        theme.addListener((obs, old, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
        Menu view = new Menu("_View", null, check("Treemap", t.treemap(), shortcut(KeyCode.T)),
                check("Overview", t.overview(), null), check("Every version (flat list)", t.flat(), null),
                new SeparatorMenuItem(), themes);

        MenuItem verifyAll = item("Verify all", c.verifyAll(), null);
        verifyAll.disableProperty().bind(g.busy().or(g.noScan()));
        MenuItem verifySelected = item("Verify selected", c.verifySelected(), null);
        verifySelected.disableProperty().bind(g.busy().or(g.noVersionSelected()));
        MenuItem rescan = item("Rescan", c.rescan(), new KeyCodeCombination(KeyCode.F5));
        rescan.disableProperty().bind(g.busy());
        MenuItem delete = item("Delete…", c.delete(), null);
        delete.disableProperty().bind(g.busy().or(g.nothingSelected()));
        Menu tools = new Menu("_Tools", null, verifyAll, verifySelected, rescan, new SeparatorMenuItem(),
                item("Projects…", c.projects(), null), new SeparatorMenuItem(), delete);

        Menu help = new Menu("_Help", null, item("Keyboard shortcuts", c.shortcuts(), new KeyCodeCombination(KeyCode.F1)),
                item("About Modcache Explorer", c.about(), null));
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true); // the screen's menu bar on macOS; in the window elsewhere
        return bar;
    }

    private static MenuItem item(String text, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id(text));
        item.setOnAction(e -> action.run());
        item.setAccelerator(accelerator);
        return item;
    }

    private static CheckMenuItem check(String text, ToggleButton toggle, KeyCombination accelerator) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id(text));
        item.selectedProperty().bindBidirectional(toggle.selectedProperty());
        item.setAccelerator(accelerator);
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static String label(Themes.Theme t) {
        String n = t.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "Open cache…" → "menuOpenCache": ids for tests and accessibility tools. */
    private static String id(String text) {
        StringBuilder out = new StringBuilder("menu");
        for (String word : text.replaceAll("[^A-Za-z ]", "").split(" +")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }
}
