package io.modcache.fs.linux;

import io.modcache.fs.FileStat;
import io.modcache.fs.FolderWalk;

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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * {@link FolderWalk} through {@code java.lang.foreign}: each folder is opened relative to its
 * parent's descriptor ({@code O_NOFOLLOW}), listed with {@code getdents64} into a buffer of the
 * walking thread, and each name is given to {@code statx} straight from that buffer with
 * {@code AT_SYMLINK_NOFOLLOW}. The buffers are Java arrays the calls read and write in place
 * ({@link Linker.Option#critical(boolean)}): nothing is copied or allocated per entry but the
 * name's text and its attributes. Errors become the exceptions, with the texts, the JDK's own
 * listing gives.
 */
public final class LinuxFolderWalk implements FolderWalk {

    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_NO_AUTOMOUNT = 0x800;
    private static final int STATX_BASIC_STATS = 0x7ff;
    private static final int EACCES = 13;
    private static final int ENOENT = 2;
    private static final int ENOTDIR = 20;
    private static final int ELOOP = 40;
    private static final int EEXIST = 17;
    /** O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, whose values differ between processors. */
    private static final int OPEN_FOLDER = openFlags(System.getProperty("os.arch"));

    private static final int BUFFER = 32 * 1024;
    private static final int STATX_SIZE = 256;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final Linker.Option IN_PLACE = Linker.Option.critical(true);
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_VALUE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final FunctionDescriptor OPENAT_TYPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor GETDENTS_TYPE = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final FunctionDescriptor STATX_TYPE = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);

    // The fast handles, used for every call; a call that fails is made again through the one that
    // captures errno (openat, getdents64 and statx do not change anything when they fail).
    private static final MethodHandle OPENAT = handle("openat", OPENAT_TYPE, IN_PLACE);
    private static final MethodHandle GETDENTS = handle("getdents64", GETDENTS_TYPE, IN_PLACE);
    private static final MethodHandle STATX = handle("statx", STATX_TYPE, IN_PLACE);
    private static final MethodHandle OPENAT_ERRNO = handle("openat", OPENAT_TYPE, ERRNO);
    private static final MethodHandle GETDENTS_ERRNO = handle("getdents64", GETDENTS_TYPE, ERRNO);
    private static final MethodHandle STATX_ERRNO = handle("statx", STATX_TYPE, ERRNO);
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle STRERROR = handle("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    private static final Charset NAMES = fileNameCharset();

    /** Each walking thread's buffers: one listing buffer per depth, one for attributes. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    public LinuxFolderWalk() {
        if (!LinuxFolderWalk.class.getModule().isNativeAccessEnabled()) {
            // the JVM would warn on standard error at the first call; the JDK's walk needs no permission
            throw new IllegalStateException("native access is not enabled (--enable-native-access=ALL-UNNAMED)");
        }
    }

    @Override
    public boolean walk(Path start, Visitor visitor, Runnable beforeEachFolder) {
        byte[] startName = encode(start.toAbsolutePath().toString());
        if (startName == null) {
            return false;
        }
        Buffers buffers = BUFFERS.get();
        if (buffers.inUse) {
            buffers = new Buffers(); // a visitor that walks again from within a walk
        }
        buffers.inUse = true;
        try {
            new Walk(buffers, visitor, beforeEachFolder, start.toAbsolutePath().toString())
                    .folder(AT_FDCWD, MemorySegment.ofArray(startName), "", 0);
        } finally {
            buffers.inUse = false;
        }
        return true;
    }

    private static final class Buffers {
        final List<byte[]> listings = new ArrayList<>();
        final byte[] statx = new byte[STATX_SIZE];
        final MemorySegment statxSegment = MemorySegment.ofArray(statx);
        boolean inUse;

        byte[] listing(int depth) {
            while (listings.size() <= depth) {
                listings.add(new byte[BUFFER]);
            }
            return listings.get(depth);
        }
    }

    /** One walk: its visitor and the start's text for messages. */
    private record Walk(Buffers buffers, Visitor visitor, Runnable beforeEachFolder, String startText) {

        /**
         * Lists the folder {@code name} (relative to {@code parentFd}) whose entries are named
         * {@code prefix + entry}, visiting each entry and walking into each folder.
         */
        void folder(int parentFd, MemorySegment name, String prefix, int depth) {
            beforeEachFolder.run();
            String folderName = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
            int fd;
            try {
                fd = open(parentFd, name, folderName);
            } catch (IOException e) {
                visitor.unreadable(folderName, e);
                visitor.folderDone();
                return;
            }
            try {
                list(fd, prefix, folderName, depth);
            } finally {
                close(fd);
            }
            visitor.folderDone();
        }

        private void list(int fd, String prefix, String folderName, int depth) {
            byte[] listing = buffers.listing(depth);
            MemorySegment segment = MemorySegment.ofArray(listing);
            while (true) {
                long filled;
                try {
                    filled = fill(fd, segment, folderName);
                } catch (IOException e) {
                    visitor.unreadable(folderName, e);
                    return;
                }
                if (filled == 0) {
                    return;
                }
                for (int at = 0; at < filled; at += Short.toUnsignedInt(segment.get(U16, at + 16))) {
                    entry(fd, listing, segment, at + 19, prefix, depth);
                }
            }
        }

        /** The entry whose NUL-terminated name starts at {@code nameAt} of the listing. */
        private void entry(int fd, byte[] listing, MemorySegment segment, int nameAt, String prefix, int depth) {
            int end = nameAt;
            boolean ascii = true;
            while (listing[end] != 0) {
                ascii &= listing[end] >= 0;
                end++;
            }
            int length = end - nameAt;
            if (listing[nameAt] == '.' && (length == 1 || length == 2 && listing[nameAt + 1] == '.')) {
                return;
            }
            String name = prefix + new String(listing, nameAt, length, ascii ? StandardCharsets.ISO_8859_1 : NAMES);
            MemorySegment cName = segment.asSlice(nameAt, length + 1);
            FileStat stat;
            try {
                stat = stat(fd, cName, name);
            } catch (NoSuchFileException gone) {
                return;
            } catch (IOException e) {
                visitor.unreadable(name, e);
                return;
            }
            visitor.visit(name, stat);
            if (stat.isDirectory()) {
                folder(fd, cName, name + "/", depth + 1);
            }
        }

        private int open(int parentFd, MemorySegment name, String relative) throws IOException {
            int fd;
            try {
                fd = (int) OPENAT.invokeExact(parentFd, name, OPEN_FOLDER);
            } catch (Throwable t) {
                throw unexpected(t);
            }
            if (fd >= 0) {
                return fd;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                fd = (int) OPENAT_ERRNO.invokeExact(state, parentFd, arena.allocateFrom(ValueLayout.JAVA_BYTE, name.toArray(ValueLayout.JAVA_BYTE)), OPEN_FOLDER);
                if (fd >= 0) {
                    return fd;
                }
                int errno = (int) ERRNO_VALUE.get(state, 0L);
                if (errno == ENOTDIR) {
                    throw new NotDirectoryException(pathText(relative));
                }
                throw exception(errno, pathText(relative));
            } catch (IOException e) {
                throw e;
            } catch (Throwable t) {
                throw unexpected(t);
            }
        }

        private long fill(int fd, MemorySegment listing, String relative) throws IOException {
            long filled;
            try {
                filled = (long) GETDENTS.invokeExact(fd, listing, listing.byteSize());
            } catch (Throwable t) {
                throw unexpected(t);
            }
            if (filled >= 0) {
                return filled;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                MemorySegment buffer = arena.allocate(listing.byteSize());
                filled = (long) GETDENTS_ERRNO.invokeExact(state, fd, buffer, buffer.byteSize());
                if (filled >= 0) {
                    MemorySegment.copy(buffer, 0, listing, 0, filled);
                    return filled;
                }
                throw exception((int) ERRNO_VALUE.get(state, 0L), pathText(relative));
            } catch (IOException e) {
                throw e;
            } catch (Throwable t) {
                throw unexpected(t);
            }
        }

        private FileStat stat(int fd, MemorySegment name, String relative) throws IOException {
            MemorySegment out = buffers.statxSegment;
            int result;
            try {
                result = (int) STATX.invokeExact(fd, name, AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, out);
            } catch (Throwable t) {
                throw unexpected(t);
            }
            if (result != 0) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
                    MemorySegment buffer = arena.allocate(STATX_SIZE);
                    result = (int) STATX_ERRNO.invokeExact(state, fd, arena.allocateFrom(ValueLayout.JAVA_BYTE, name.toArray(ValueLayout.JAVA_BYTE)),
                            AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, buffer);
                    if (result != 0) {
                        throw exception((int) ERRNO_VALUE.get(state, 0L), pathText(relative));
                    }
                    MemorySegment.copy(buffer, 0, out, 0, STATX_SIZE);
                } catch (IOException e) {
                    throw e;
                } catch (Throwable t) {
                    throw unexpected(t);
                }
            }
            // struct statx, the same on every processor Linux runs on
            return FileStat.of(Short.toUnsignedInt(out.get(U16, 28)), out.get(U64, 40),
                    out.get(U64, 112), Integer.toUnsignedLong(out.get(U32, 120)),
                    out.get(U64, 64), Integer.toUnsignedLong(out.get(U32, 72)),
                    out.get(U64, 96), Integer.toUnsignedLong(out.get(U32, 104)),
                    out.get(U64, 32), out.get(U32, 16));
        }

        private String pathText(String relative) {
            return relative.isEmpty() ? startText : startText + "/" + relative;
        }
    }

    private static void close(int fd) {
        try {
            int ignored = (int) CLOSE.invokeExact(fd);
        } catch (Throwable t) {
            throw unexpected(t);
        }
    }

    /** As {@code sun.nio.fs.UnixException} turns an errno into an exception. */
    private static IOException exception(int errno, String file) {
        return switch (errno) {
            case EACCES -> new AccessDeniedException(file, null, null);
            case ENOENT -> new NoSuchFileException(file, null, null);
            case EEXIST -> new java.nio.file.FileAlreadyExistsException(file, null, null);
            case ELOOP -> new FileSystemException(file, null, strerror(errno) + " or unable to access attributes of symbolic link");
            default -> new FileSystemException(file, null, strerror(errno));
        };
    }

    private static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.reinterpret(4096).getString(0, NAMES);
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

    /** The start's name as the JDK would hand it to the C library, NUL-terminated; null when it cannot be. */
    private static byte[] encode(String path) {
        if (path.indexOf('\uFFFD') >= 0) {
            return null; // decoded from bytes the encoding could not map: the text no longer names the folder
        }
        try {
            ByteBuffer bytes = NAMES.newEncoder().encode(CharBuffer.wrap(path));
            byte[] name = new byte[bytes.remaining() + 1];
            bytes.get(name, 0, name.length - 1);
            return name;
        } catch (CharacterCodingException e) {
            return null;
        }
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
        MemorySegment address = LIBC.find(function)
                .orElseThrow(() -> new UnsupportedOperationException("the C library has no " + function));
        return LINKER.downcallHandle(address, type, options);
    }
}
