package io.modcache.ui.model;

import io.modcache.cache.EntryId;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one selection every view shares: ids of versions, modules and other entries, in the order
 * they were chosen, and the lead (the one chosen last, whose details show). The tree, the
 * treemap and the rule panel all read and write it; none of them owns it. Each change replaces
 * the whole set, so listeners hear one event per change. Lives on the UI thread.
 */
public final class Selection {

    private final ReadOnlyObjectWrapper<Set<EntryId>> ids = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<EntryId> lead = new ReadOnlyObjectWrapper<>();

    /** Selects exactly {@code chosen}; {@code leadId} (null: the last of them) is the one whose details show. */
    public void select(Collection<? extends EntryId> chosen, EntryId leadId) {
        Set<EntryId> next = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(chosen));
        EntryId nextLead = leadId != null && next.contains(leadId) ? leadId : next.stream().reduce((a, b) -> b).orElse(null);
        lead.set(nextLead);
        ids.set(next);
    }

    /** Adds to the selection (Ctrl-click). */
    public void add(EntryId id) {
        Set<EntryId> next = new LinkedHashSet<>(ids.get());
        next.add(id);
        select(next, id);
    }

    public void clear() {
        select(Set.of(), null);
    }

    public Set<EntryId> ids() {
        return ids.get();
    }

    public boolean isEmpty() {
        return ids.get().isEmpty();
    }

    public ReadOnlyObjectProperty<Set<EntryId>> idsProperty() {
        return ids.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EntryId> leadProperty() {
        return lead.getReadOnlyProperty();
    }
}
