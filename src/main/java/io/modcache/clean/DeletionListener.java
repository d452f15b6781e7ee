package io.modcache.clean;

/** Hears about each entry as it is done, on the deleting threads. */
@FunctionalInterface
public interface DeletionListener {

    DeletionListener NONE = (entry, error, bytes) -> { };

    /**
     * @param error null when the entry was removed, else why not
     * @param bytes bytes freed by this entry
     */
    void entryDone(PlanEntry entry, String error, long bytes);
}
