package io.modcache.ui.common;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.Supplier;

/**
 * Shift+F10 and the menu key open a node's context menu. Windows sends a context menu event for
 * them; JavaFX on Linux sends none (tried under GTK), so the keys are heard here and the event is
 * made, as from the keyboard, where {@code where} says (a place in the node: the lead row, the
 * lead tile).
 */
public final class KeyboardMenus {

    private KeyboardMenus() {
    }

    public static void install(Node node, Supplier<Point2D> where) {
        if (io.modcache.system.OperatingSystem.current() == io.modcache.system.OperatingSystem.WINDOWS) {
            return; // it sends the event itself: a second one would open the menu twice
        }
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown() && !e.isShortcutDown()) {
                Point2D at = where.get();
                Point2D screen = node.localToScreen(at);
                if (screen != null) {
                    Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, at.getX(), at.getY(),
                            screen.getX(), screen.getY(), true, null));
                }
                e.consume();
            }
        });
    }
}
