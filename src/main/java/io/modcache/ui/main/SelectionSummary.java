package io.modcache.ui.main;

import io.modcache.cache.ModuleVersion;
import io.modcache.text.Text;
import io.modcache.ui.common.Formats;
import io.modcache.ui.model.CacheModel;
import io.modcache.ui.model.CacheRow;
import io.modcache.ui.model.ResolvedEntries;
import io.modcache.ui.model.Selection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * What the shared selection amounts to, for the toolbar, the status bar and the details pane:
 * whether versions (or anything) are chosen, their count and bytes, and the row chosen last. It
 * follows the selection, and the rows when some go.
 */
final class SelectionSummary {

    private final CacheModel cache;
    private final Selection selection;
    private final ReadOnlyBooleanWrapper versionsSelected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anythingSelected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CacheRow> leadRow = new ReadOnlyObjectWrapper<>();

    SelectionSummary(CacheModel cache, Selection selection) {
        this.cache = cache;
        this.selection = selection;
        selection.idsProperty().addListener((obs, old, now) -> update());
        selection.leadProperty().addListener((obs, old, now) -> leadRow.set(now == null ? null : cache.find(now)));
        cache.addListener(change -> {
            if (change.cleared() || !change.removed().isEmpty()) {
                update();
            }
        });
    }

    private void update() {
        ResolvedEntries chosen = cache.resolve(selection.ids());
        versionsSelected.set(!chosen.versions().isEmpty());
        anythingSelected.set(!chosen.isEmpty());
        leadRow.set(selection.leadProperty().get() == null ? null : cache.find(selection.leadProperty().get()));
        List<ModuleVersion> versions = chosen.versions();
        text.set(versions.isEmpty() ? "" : Text.get("main.selected", versions.size(), Formats.count(versions.size()),
                Formats.bytes(chosen.versionBytes())));
    }

    ReadOnlyBooleanProperty versionsSelectedProperty() {
        return versionsSelected.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty anythingSelectedProperty() {
        return anythingSelected.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CacheRow> leadRowProperty() {
        return leadRow.getReadOnlyProperty();
    }
}
