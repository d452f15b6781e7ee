package io.modcache.ui.main;

import io.modcache.text.Text;
import io.modcache.ui.common.Themes;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
                    Runnable verifyAll, Runnable verifyAllOnline, Runnable verifySelected, Runnable projects, Runnable rescan, Runnable delete,
                    Runnable repairSelected, Runnable repairAllBroken, Runnable shortcuts, Runnable about) {
    }

    /** The toolbar's toggles the View and Edit menus mirror. */
    record Toggles(BooleanProperty rules, BooleanProperty treemap, BooleanProperty details, BooleanProperty overview,
                   BooleanProperty flat) {
    }

    /** When actions make no sense: while busy, with no scan or no version in it, or with nothing (or no version) selected. */
    record Guards(BooleanExpression busy, BooleanExpression noScan, BooleanExpression noVersions, BooleanExpression nothingSelected,
                  BooleanExpression noVersionSelected) {
    }

    private MainMenuBar() {
    }

    static MenuBar create(Commands c, Toggles t, Guards g, ObjectProperty<Themes.Theme> theme) {
        MenuItem open = item("menu.openCache", c.openCache(), shortcut(KeyCode.O));
        MenuItem export = item("menu.exportReport", c.exportReport(), shortcut(KeyCode.E));
        export.disableProperty().bind(g.noScan());
        Menu file = new Menu(Text.get("menu.file"), null, open, export, new SeparatorMenuItem(), item("menu.quit", c.quit(), shortcut(KeyCode.Q)));

        MenuItem copy = item("menu.copyPath", c.copy(), shortcut(KeyCode.C));
        copy.disableProperty().bind(g.nothingSelected());
        Menu edit = new Menu(Text.get("menu.edit"), null, copy, item("menu.selectAll", c.selectAll(), shortcut(KeyCode.A)),
                check("menu.selectByRule", t.rules(), shortcut(KeyCode.R)), new SeparatorMenuItem(),
                item("menu.find", c.find(), shortcut(KeyCode.F)));

        Menu themes = new Menu(Text.get("menu.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Themes.Theme each : Themes.Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(Text.get("menu.theme." + each.name()));
            r.setId("theme" + label(each));
            r.setToggleGroup(group);
            r.setSelected(theme.get() == each);
            r.setOnAction(e -> theme.set(each));
            themes.getItems().add(r);
        }
        theme.addListener((obs, old, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
        javafx.beans.property.DoubleProperty zoom = Themes.textZoomProperty();
        Menu textSize = new Menu(Text.get("menu.textSize"), null,
                item("menu.textLarger", () -> zoom.set(Math.min(3, zoom.get() * 1.1)), shortcut(KeyCode.EQUALS)),
                item("menu.textSmaller", () -> zoom.set(Math.max(0.5, zoom.get() / 1.1)), shortcut(KeyCode.MINUS)),
                item("menu.textActual", () -> zoom.set(1), shortcut(KeyCode.DIGIT0)));
        Menu view = new Menu(Text.get("menu.view"), null, check("menu.treemap", t.treemap(), shortcut(KeyCode.T)),
                check("menu.details", t.details(), shortcut(KeyCode.D)),
                check("menu.overview", t.overview(), null), check("menu.everyVersionFlatList", t.flat(), null),
                new SeparatorMenuItem(), themes, textSize);

        MenuItem verifyAll = item("menu.verifyAll", c.verifyAll(), null);
        verifyAll.disableProperty().bind(g.busy().or(g.noVersions()));
        MenuItem verifyAllOnline = item("menu.verifyAllOnline", c.verifyAllOnline(), null);
        verifyAllOnline.disableProperty().bind(g.busy().or(g.noVersions()));
        MenuItem verifySelected = item("menu.verifySelected", c.verifySelected(), null);
        verifySelected.disableProperty().bind(g.busy().or(g.noVersionSelected()));
        MenuItem rescan = item("menu.rescan", c.rescan(), new KeyCodeCombination(KeyCode.F5));
        rescan.disableProperty().bind(g.busy());
        MenuItem delete = item("menu.delete", c.delete(), null);
        delete.disableProperty().bind(g.busy().or(g.nothingSelected()));
        MenuItem repairSelected = item("menu.repairSelected", c.repairSelected(), null);
        repairSelected.disableProperty().bind(g.busy().or(g.noVersionSelected()));
        MenuItem repairAllBroken = item("menu.repairAllBroken", c.repairAllBroken(), null);
        repairAllBroken.disableProperty().bind(g.busy().or(g.noVersions()));
        Menu tools = new Menu(Text.get("menu.tools"), null, verifyAll, verifyAllOnline, verifySelected, rescan, new SeparatorMenuItem(),
                item("menu.projects", c.projects(), null), new SeparatorMenuItem(), repairSelected, repairAllBroken, delete);

        Menu help = new Menu(Text.get("menu.help"), null, item("menu.keyboardShortcuts", c.shortcuts(), new KeyCodeCombination(KeyCode.F1)),
                item("menu.aboutModcacheExplorer", c.about(), null));
        MenuBar bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true); // the screen's menu bar on macOS; in the window elsewhere
        return bar;
    }

    private static MenuItem item(String key, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setId(id(key));
        item.setOnAction(e -> action.run());
        item.setAccelerator(accelerator);
        return item;
    }

    private static CheckMenuItem check(String key, BooleanProperty toggle, KeyCombination accelerator) {
        CheckMenuItem item = new CheckMenuItem(Text.get(key));
        item.setId(id(key));
        item.selectedProperty().bindBidirectional(toggle);
        item.setAccelerator(accelerator);
        return item;
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** "Light": in ids, whatever the language. */
    private static String label(Themes.Theme t) {
        String n = t.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** "menu.openCache" → "menuOpenCache": ids for tests and accessibility tools, the same in every language. */
    private static String id(String key) {
        String name = key.substring(key.indexOf('.') + 1);
        return "menu" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
