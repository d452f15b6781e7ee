package io.modcache.fs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A sequential walk of a folder tree that reads each folder relative to its open descriptor, as
 * {@code du} does ({@code openat}, {@code getdents64}, {@code statx} of each name with links not
 * followed), with no {@link Path} made per entry. It exists where the runtime can call the C
 * library directly (Linux on x86-64 or AArch64, Java 22+ with native access enabled, as the
 * installed app's bundled runtime is); elsewhere {@link #available()} is empty and callers walk
 * with the JDK's own listing. Both walks report the same entries, in the same order, with the same
 * attributes and the same error texts.
 */
public interface FolderWalk {

    /** Hears about each entry of a walk. */
    interface Visitor {
        /**
         * Every entry below the start, a folder before what it holds.
         *
         * @param name the entry's path relative to the start, with '/' separators, decoded as the JDK decodes file names
         */
        void visit(String name, FileStat stat);

        /** A folder that could not be listed ({@code name} "" for the start), or an entry whose attributes could not be read. */
        void unreadable(String name, IOException error);

        /** A folder was listed; its entries have all been visited. */
        void folderDone();
    }

    /**
     * Walks everything below {@code start}, running {@code beforeEachFolder} (which may throw to
     * cancel) before listing each folder.
     *
     * @return false, having visited nothing, when {@code start}'s name cannot be handed to the C
     *         library as the JDK would (it holds characters the file-name encoding cannot map);
     *         the caller then walks it with the JDK
     */
    boolean walk(Path start, Visitor visitor, Runnable beforeEachFolder);

    /** The walk on this runtime, if it has one; {@code -Dmodcache.walk=jdk} turns it off. */
    static Optional<FolderWalk> available() {
        return NativeFolderWalk.INSTANCE;
    }
}
