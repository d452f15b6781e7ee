package io.modcache.concurrent;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import io.modcache.fs.SafeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Lowers the scheduling priority (raises the nice value) of single threads on Linux, where the JVM
 * ignores {@link Thread#setPriority}. The window's workers run this way so that, on a machine with
 * as many busy workers as cores, the JavaFX thread still gets the processor for every frame. The
 * {@code setpriority} call goes through JNA on a thread of its own, because loading JNA takes a
 * tenth of a second that no worker should wait for; a thread runs at its old priority until then.
 * Elsewhere, or when the call fails, nothing changes and the program runs as before.
 */
public final class ThreadNice {

    private static final int PRIO_PROCESS = 0;

    interface LibC extends Library {
        int setpriority(int which, int who, int prio) throws LastErrorException;
    }

    private static final ExecutorService CALLER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modcache-thread-nice");
        t.setDaemon(true);
        return t;
    });

    private ThreadNice() {
    }

    /** The calling thread's id as the kernel knows it, on Linux; read from {@code /proc/thread-self}. */
    public static OptionalLong currentThreadId() {
        if (!Platform.isLinux()) {
            return OptionalLong.empty();
        }
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return OptionalLong.of(Long.parseLong(self.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Sets thread {@code tid}'s nice value, soon; completes with whether it was set. Never raises a thread's priority above its current one for an unprivileged user (the kernel refuses). */
    public static CompletableFuture<Boolean> set(long tid, int nice) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Holder.LIBC.setpriority(PRIO_PROCESS, (int) tid, nice);
                return true;
            } catch (LastErrorException | UnsatisfiedLinkError | NoClassDefFoundError e) {
                System.getLogger(ThreadNice.class.getName()).log(System.Logger.Level.DEBUG,
                        "cannot set the nice value of thread " + tid + ": " + e.getMessage());
                return false;
            }
        }, CALLER);
    }

    /** The nice value of thread {@code tid} of this process, from {@code /proc}; for tests and diagnostics. */
    public static OptionalLong niceOf(long tid) {
        try {
            String stat = new String(SafeFiles.read(Path.of("/proc/self/task/" + tid + "/stat"), 4096), StandardCharsets.UTF_8);
            // the name in parentheses may hold spaces: the fields after it are counted from its end
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static final class Holder {
        static final LibC LIBC = Native.load(Platform.C_LIBRARY_NAME, LibC.class);
    }
}
