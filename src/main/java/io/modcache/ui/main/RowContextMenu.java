package io.modcache.ui.main;

import io.modcache.text.Text;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The menu on rows and tiles: copy the selection's folders, module@version or go get lines; open its folder; verify; delete. */
final class RowContextMenu {

    private RowContextMenu() {
    }

    static ContextMenu create(RowActions actions, Runnable verify, Runnable repair, Runnable delete, BooleanExpression busy,
                              BooleanExpression noVersionSelected) {
        MenuItem copyPath = item(Text.get("context.copyPath"), "ctxCopyPath", () -> copy(actions.paths()));
        MenuItem copyId = item(Text.get("context.copyModuleVersion"), "ctxCopyModuleVersion", () -> copy(actions.moduleVersions()));
        MenuItem copyGoGet = item(Text.get("context.copyGoGet"), "ctxCopyGoGet", () -> copy(actions.goGets()));
        MenuItem open = item(Text.get("context.openFolder"), "ctxOpenFolder", actions::openFolder);
        MenuItem verifyItem = item(Text.get("context.verify"), "ctxVerify", verify);
        verifyItem.disableProperty().bind(busy.or(noVersionSelected));
        MenuItem repairItem = item(Text.get("context.repair"), "ctxRepair", repair);
        repairItem.disableProperty().bind(busy.or(noVersionSelected));
        MenuItem deleteItem = item(Text.get("context.delete"), "ctxDelete", delete);
        deleteItem.disableProperty().bind(busy);
        ContextMenu menu = new ContextMenu(copyPath, copyId, copyGoGet, new SeparatorMenuItem(), open, new SeparatorMenuItem(),
                verifyItem, repairItem, deleteItem);
        menu.setId("rowContextMenu");
        return menu;
    }

    /** Puts {@code text} on the system clipboard (nothing when empty). */
    static void copy(String text) {
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
