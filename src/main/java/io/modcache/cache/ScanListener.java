package io.modcache.cache;

/**
 * Receives a scan's findings as they come, on the scanning threads (several at once): each
 * version when it is complete, each other entry, and progress at a bounded rate.
 */
public interface ScanListener {

    ScanListener NONE = new ScanListener() {
    };

    default void versionFound(ModuleVersion version) {
    }

    default void otherFound(OtherEntry entry) {
    }

    default void progress(ScanProgress progress) {
    }
}
