package io.modcache.fs.linux;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The C library calls of the folder walk, through {@code java.lang.foreign}. Each call reads and
 * writes the Java arrays it is given in place ({@link Linker.Option#critical(boolean)}); a call that
 * fails is made again through a handle that captures errno (these calls change nothing when they
 * fail) and returns -errno, which {@link #exception} turns into the exception, with the text, that
 * {@code sun.nio.fs.UnixException} makes.
 */
final class Libc {

    /** The file-name encoding the JDK decodes and encodes names with. */
    static final Charset FILE_NAMES = fileNameCharset();
    static final int AT_FDCWD = -100;
    /** The size of {@code struct statx}, the same on every processor Linux runs on. */
    static final int STATX_SIZE = 256;

    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_NO_AUTOMOUNT = 0x800;
    private static final int STATX_LSTAT = AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int EEXIST = 17;
    private static final int ENOTDIR = 20;
    private static final int ELOOP = 40;
    /** O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, whose values differ between processors. */
    private static final int OPEN_FOLDER = openFlags(System.getProperty("os.arch"));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBRARY = LINKER.defaultLookup();
    private static final Linker.Option IN_PLACE = Linker.Option.critical(true);
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_VALUE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final FunctionDescriptor OPENAT_TYPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor GETDENTS_TYPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final FunctionDescriptor STATX_TYPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);

    private static final MethodHandle OPENAT = handle("openat", OPENAT_TYPE, IN_PLACE);
    private static final MethodHandle GETDENTS = handle("getdents64", GETDENTS_TYPE, IN_PLACE);
    private static final MethodHandle STATX = handle("statx", STATX_TYPE, IN_PLACE);
    private static final MethodHandle OPENAT_ERRNO = handle("openat", OPENAT_TYPE, ERRNO);
    private static final MethodHandle GETDENTS_ERRNO = handle("getdents64", GETDENTS_TYPE, ERRNO);
    private static final MethodHandle STATX_ERRNO = handle("statx", STATX_TYPE, ERRNO);
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle STRERROR = handle("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Libc() {
    }

    /** Loads this class, linking every call: an unknown processor or C library fails here. */
    static void link() {
    }

    /**
     * Opens the folder {@code name} (NUL-terminated) of {@code parentFd}, not following a link.
     *
     * @return the descriptor, or -errno
     */
    static int openFolder(int parentFd, MemorySegment name) {
        try {
            int fd = (int) OPENAT.invokeExact(parentFd, name, OPEN_FOLDER);
            if (fd >= 0) {
                return fd;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                fd = (int) OPENAT_ERRNO.invokeExact(state, parentFd, offHeap(arena, name), OPEN_FOLDER);
                return fd >= 0 ? fd : -errno(state);
            }
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * Fills {@code buffer} with the folder's next entries ({@code struct linux_dirent64}).
     *
     * @return the bytes filled, 0 at the folder's end, or -errno
     */
    static long listInto(int fd, MemorySegment buffer) {
        try {
            long filled = (long) GETDENTS.invokeExact(fd, buffer, buffer.byteSize());
            if (filled >= 0) {
                return filled;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                MemorySegment offHeap = arena.allocate(buffer.byteSize());
                filled = (long) GETDENTS_ERRNO.invokeExact(state, fd, offHeap, offHeap.byteSize());
                if (filled < 0) {
                    return -errno(state);
                }
                MemorySegment.copy(offHeap, 0, buffer, 0, filled);
                return filled;
            }
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /**
     * Reads the attributes of {@code name} (NUL-terminated) of the folder {@code fd} into
     * {@code out}, a link not followed.
     *
     * @return 0, or -errno
     */
    static int statx(int fd, MemorySegment name, MemorySegment out) {
        try {
            int result = (int) STATX.invokeExact(fd, name, STATX_LSTAT, STATX_BASIC_STATS, out);
            if (result == 0) {
                return 0;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                MemorySegment offHeap = arena.allocate(STATX_SIZE);
                result = (int) STATX_ERRNO.invokeExact(state, fd, offHeap(arena, name), STATX_LSTAT, STATX_BASIC_STATS, offHeap);
                if (result != 0) {
                    return -errno(state);
                }
                MemorySegment.copy(offHeap, 0, out, 0, STATX_SIZE);
                return 0;
            }
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** What the JDK's {@code newDirectoryStream} throws when opening the folder {@code file} failed with {@code errno}. */
    static IOException folderException(int errno, String file) {
        return errno == ENOTDIR ? new NotDirectoryException(file) : exception(errno, file);
    }

    /** What {@code sun.nio.fs.UnixException} makes of {@code errno} for {@code file}. */
    static IOException exception(int errno, String file) {
        return switch (errno) {
            case EACCES -> new AccessDeniedException(file, null, null);
            case ENOENT -> new NoSuchFileException(file, null, null);
            case EEXIST -> new FileAlreadyExistsException(file, null, null);
            case ELOOP -> new FileSystemException(file, null, strerror(errno) + " or unable to access attributes of symbolic link");
            default -> new FileSystemException(file, null, strerror(errno));
        };
    }

    static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** The capturing handles are not critical: they take native memory only. */
    private static MemorySegment offHeap(Arena arena, MemorySegment bytes) {
        return arena.allocateFrom(ValueLayout.JAVA_BYTE, bytes.toArray(ValueLayout.JAVA_BYTE));
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO_VALUE.get(state, 0L);
    }

    private static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(4096).getString(0, FILE_NAMES);
        } catch (Throwable t) {
            return "error " + errno;
        }
    }

    private static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    private static int openFlags(String arch) {
        int nonblock = 04000;
        int cloexec = 02000000;
        return switch (arch) {
            case "amd64", "x86_64" -> 0200000 | 0400000 | cloexec | nonblock;
            case "aarch64" -> 040000 | 0100000 | cloexec | nonblock;
            default -> throw new UnsupportedOperationException("no open flags known for " + arch);
        };
    }

    private static MethodHandle handle(String function, FunctionDescriptor type, Linker.Option... options) {
        MemorySegment address = LIBRARY.find(function)
                .orElseThrow(() -> new UnsupportedOperationException("the C library has no " + function));
        return LINKER.downcallHandle(address, type, options);
    }
}
