package io.modcache.fs.linux;

import io.modcache.fs.FileStat;
import io.modcache.fs.FolderWalk;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link FolderWalk} through {@code java.lang.foreign}, as {@code du} walks: each folder is opened
 * relative to its parent's descriptor ({@code O_NOFOLLOW}), listed with {@code getdents64} into a
 * buffer of the walking thread, and each name is given to {@code statx} from a buffer of that thread
 * too ({@code AT_SYMLINK_NOFOLLOW}). Nothing is allocated per entry but the path's text (one string,
 * when it is ASCII) and its attributes: the installed window runs C1 alone, which removes no
 * temporary objects, and every hundred megabytes a scan does not allocate is a young collection
 * fewer while the window shows it. The calls themselves are {@link Libc}'s.
 */
public final class LinuxFolderWalk implements FolderWalk {

    private static final int LISTING_BYTES = 32 * 1024;
    /** The longest name Linux gives a directory entry (NAME_MAX). */
    private static final int NAME_BYTES = 255;
    private static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;

    /** Each walking thread's buffers: one listing per depth, one for attributes. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    public LinuxFolderWalk() {
        if (!LinuxFolderWalk.class.getModule().isNativeAccessEnabled()) {
            // the JVM would warn on standard error at the first call; the JDK's walk needs no permission
            throw new IllegalStateException("native access is not enabled (--enable-native-access=ALL-UNNAMED)");
        }
        Libc.link(); // an unknown processor or C library fails here, and the JDK's walk is used
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
            // errors name the start as given, as the JDK's do
            new Walk(buffers, visitor, beforeEachFolder, start.toString())
                    .folder(Libc.AT_FDCWD, MemorySegment.ofArray(startName), null, 0, true, 0);
        } finally {
            buffers.inUse = false;
        }
        return true;
    }

    private static final class Buffers {
        final List<Listing> listings = new ArrayList<>();
        final MemorySegment statx = MemorySegment.ofArray(new byte[Libc.STATX_SIZE]);
        /** The entry's name, NUL-terminated, for {@code statx} and {@code openat}. */
        final byte[] name = new byte[NAME_BYTES + 1];
        final MemorySegment nameSegment = MemorySegment.ofArray(name);
        /** The path from the start, as bytes: each depth's prefix, then the entry's name. */
        byte[] path = new byte[1024];
        boolean inUse;

        Listing listing(int depth) {
            while (listings.size() <= depth) {
                byte[] bytes = new byte[LISTING_BYTES];
                listings.add(new Listing(bytes, MemorySegment.ofArray(bytes)));
            }
            return listings.get(depth);
        }

        void pathRoom(int length) {
            if (length > path.length) {
                path = java.util.Arrays.copyOf(path, Math.max(length, path.length * 2));
            }
        }
    }

    /** A buffer for one folder's {@code getdents64}, as bytes and as the segment handed to the call. */
    private record Listing(byte[] bytes, MemorySegment segment) {
    }

    /** One walk: its visitor and the start's text for messages. */
    private record Walk(Buffers buffers, Visitor visitor, Runnable beforeEachFolder, String startText) {

        /**
         * Lists the folder {@code name} (NUL-terminated, relative to {@code parentFd}) whose entries
         * are named {@code prefix + entry}, visiting each entry and walking into each folder. The
         * path buffer holds the prefix's bytes up to {@code prefixBytes}; when {@code asciiPrefix},
         * they are its characters too, and {@code prefix} is null: made from them when needed.
         */
        void folder(int parentFd, MemorySegment name, String prefix, int depth, boolean asciiPrefix, int prefixBytes) {
            beforeEachFolder.run();
            int fd = Libc.openFolder(parentFd, name);
            if (fd < 0) {
                String folderName = folderName(prefix, prefixBytes);
                visitor.unreadable(folderName, Libc.folderException(-fd, pathText(folderName)));
                visitor.folderDone();
                return;
            }
            try {
                list(fd, prefix, depth, asciiPrefix, prefixBytes);
            } finally {
                Libc.close(fd);
            }
            visitor.folderDone();
        }

        private void list(int fd, String prefix, int depth, boolean asciiPrefix, int prefixBytes) {
            Listing buffer = buffers.listing(depth);
            byte[] listing = buffer.bytes();
            MemorySegment segment = buffer.segment();
            while (true) {
                long filled = Libc.listInto(fd, segment);
                if (filled < 0) {
                    String folderName = folderName(prefix, prefixBytes);
                    visitor.unreadable(folderName, Libc.exception((int) -filled, pathText(folderName)));
                    return;
                }
                if (filled == 0) {
                    return;
                }
                // struct linux_dirent64: d_reclen at 16, the NUL-terminated d_name at 19
                for (int at = 0; at < filled; at += Short.toUnsignedInt(segment.get(U16, at + 16))) {
                    entry(fd, listing, segment, at + 19, prefix, depth, asciiPrefix, prefixBytes);
                }
            }
        }

        /** The entry whose NUL-terminated name starts at {@code nameAt} of the listing. */
        private void entry(int fd, byte[] listing, MemorySegment segment, int nameAt, String prefix, int depth,
                           boolean asciiPrefix, int prefixBytes) {
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
            buffers.pathRoom(prefixBytes + length + 1);
            byte[] path = buffers.path;
            System.arraycopy(listing, nameAt, path, prefixBytes, length);
            boolean asciiPath = asciiPrefix && ascii;
            // an ASCII path is one string made from the bytes; the prefix's characters differ from its bytes otherwise
            String name = asciiPath ? new String(path, 0, prefixBytes + length, StandardCharsets.ISO_8859_1)
                    : prefixText(prefix, prefixBytes) + new String(listing, nameAt, length, ascii ? StandardCharsets.ISO_8859_1 : Libc.FILE_NAMES);
            MemorySegment cName;
            if (length <= NAME_BYTES) {
                System.arraycopy(listing, nameAt, buffers.name, 0, length + 1);
                cName = buffers.nameSegment;
            } else {
                cName = segment.asSlice(nameAt, length + 1); // longer than Linux allows: not from this buffer
            }
            int failed = Libc.statx(fd, cName, buffers.statx);
            if (failed < 0) {
                IOException e = Libc.exception(-failed, pathText(name));
                if (!(e instanceof NoSuchFileException)) { // gone since it was listed: as the JDK's walk, skipped
                    visitor.unreadable(name, e);
                }
                return;
            }
            FileStat stat = fileStat(buffers.statx);
            visitor.visit(name, stat);
            if (stat.isDirectory()) {
                // the name is read by openat before anything overwrites its buffer; the path keeps this prefix below
                path[prefixBytes + length] = '/';
                folder(fd, cName, asciiPath ? null : name + "/", depth + 1, asciiPath, prefixBytes + length + 1);
            }
        }

        /** The prefix's text: given, or (an ASCII prefix) made from the path buffer's bytes. */
        private String prefixText(String prefix, int prefixBytes) {
            return prefix != null ? prefix : new String(buffers.path, 0, prefixBytes, StandardCharsets.ISO_8859_1);
        }

        /** The folder a prefix names: the prefix without its slash ("" for the start). */
        private String folderName(String prefix, int prefixBytes) {
            String text = prefixText(prefix, prefixBytes);
            return text.isEmpty() ? "" : text.substring(0, text.length() - 1);
        }

        private String pathText(String relative) {
            return relative.isEmpty() ? startText : startText + "/" + relative;
        }
    }

    /** The attributes in a {@code struct statx}. */
    private static FileStat fileStat(MemorySegment statx) {
        return FileStat.of(Short.toUnsignedInt(statx.get(U16, 28)), statx.get(U64, 40),
                statx.get(U64, 112), Integer.toUnsignedLong(statx.get(U32, 120)),
                statx.get(U64, 64), Integer.toUnsignedLong(statx.get(U32, 72)),
                statx.get(U64, 96), Integer.toUnsignedLong(statx.get(U32, 104)),
                statx.get(U64, 32), statx.get(U32, 16));
    }

    /** The start's name as the JDK would hand it to the C library, NUL-terminated; null when it cannot be. */
    private static byte[] encode(String path) {
        if (path.indexOf('\uFFFD') >= 0) {
            return null; // decoded from bytes the encoding could not map: the text no longer names the folder
        }
        try {
            ByteBuffer bytes = Libc.FILE_NAMES.newEncoder().encode(CharBuffer.wrap(path));
            byte[] name = new byte[bytes.remaining() + 1];
            bytes.get(name, 0, name.length - 1);
            return name;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
