package io.modcache.system;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Under a POSIX locale ({@code LC_ALL=C}) the JVM decodes file names as ASCII and cannot open a
 * file whose name has any other character. On Linux this replaces the process, before anything
 * else runs, with the same command under {@code LC_ALL=C.UTF-8}: {@code execve} of
 * {@code /proc/self/exe} with the raw bytes of {@code /proc/self/cmdline} and
 * {@code /proc/self/environ}, so no argument is re-encoded on the way. It happens at most once
 * ({@value #MARKER} marks the new process); where it cannot happen, the program runs on and flags
 * every name it cannot represent. macOS and Windows JVMs always decode names as Unicode.
 */
public final class Utf8Relaunch {

    /** Set in the relaunched process; set it yourself to keep the locale you have. */
    public static final String MARKER = "MODCACHE_EXPLORER_NO_RELAUNCH";

    private static final int PROC_CAP = 8 << 20;

    interface LibC extends Library {
        int execve(String path, Pointer[] argv, Pointer[] envp) throws LastErrorException;
    }

    private Utf8Relaunch() {
    }

    /** Relaunches under a UTF-8 locale when needed and possible; returns when it does not. */
    public static void ifNeeded() {
        if (!needed(System.getProperty("sun.jnu.encoding"), System.getenv(MARKER) != null, Platform.isLinux())) {
            return;
        }
        try {
            List<byte[]> argv = split(readProcFile("cmdline"));
            List<byte[]> env = new ArrayList<>();
            for (byte[] var : split(readProcFile("environ"))) {
                if (!startsWith(var, "LC_ALL=") && !startsWith(var, MARKER + "=")) {
                    env.add(var);
                }
            }
            env.add(("LC_ALL=C.UTF-8").getBytes(StandardCharsets.US_ASCII));
            env.add((MARKER + "=1").getBytes(StandardCharsets.US_ASCII));
            Native.load(Platform.C_LIBRARY_NAME, LibC.class).execve("/proc/self/exe", pointers(argv), pointers(env));
        } catch (IOException | LastErrorException | UnsatisfiedLinkError e) {
            System.getLogger(Utf8Relaunch.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot relaunch with a UTF-8 locale (" + e.getMessage() + "); file names that are not ASCII will be flagged");
        }
    }

    /** A process's arguments or environment, at most {@value #PROC_CAP} bytes (the kernel allows far less): more is refused. */
    private static byte[] readProcFile(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("/proc/self", name))) {
            byte[] bytes = in.readNBytes(PROC_CAP);
            if (in.read() != -1) {
                throw new IOException("/proc/self/" + name + " is larger than " + PROC_CAP + " bytes");
            }
            return bytes;
        }
    }

    /** Whether the file-name encoding misses non-ASCII names, and a relaunch may help. */
    static boolean needed(String jnuEncoding, boolean alreadyRelaunched, boolean linux) {
        String enc = jnuEncoding == null ? "" : jnuEncoding.toUpperCase(Locale.ROOT).replace("-", "");
        return linux && !alreadyRelaunched && !enc.equals("UTF8");
    }

    /** NUL-separated strings, as the kernel lists a process's arguments and environment. */
    static List<byte[]> split(byte[] raw) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                out.add(java.util.Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            out.add(java.util.Arrays.copyOfRange(raw, start, raw.length));
        }
        return out;
    }

    private static boolean startsWith(byte[] var, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return var.length >= p.length && java.util.Arrays.equals(var, 0, p.length, p, 0, p.length);
    }

    /** C strings for execve, NUL-terminated, in a NULL-terminated array. */
    private static Pointer[] pointers(List<byte[]> strings) {
        Pointer[] out = new Pointer[strings.size() + 1];
        for (int i = 0; i < strings.size(); i++) {
            byte[] s = strings.get(i);
            Memory m = new Memory(s.length + 1L);
            m.write(0, s, 0, s.length);
            m.setByte(s.length, (byte) 0);
            out[i] = m;
        }
        return out;
    }
}
