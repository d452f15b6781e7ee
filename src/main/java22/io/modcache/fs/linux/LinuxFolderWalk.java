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
 * buffer of the walking thread, and each name is given to {@code statx} straight from that buffer
 * ({@code AT_SYMLINK_NOFOLLOW}). Nothing is copied or allocated per entry but the name's text and
 * its attributes; the calls themselves are {@link Libc}'s.
 */
public final class LinuxFolderWalk implements FolderWalk {

    private static final int LISTING_BYTES = 32 * 1024;
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
                    .folder(Libc.AT_FDCWD, MemorySegment.ofArray(startName), "", 0);
        } finally {
            buffers.inUse = false;
        }
        return true;
    }

    private static final class Buffers {
        final List<byte[]> listings = new ArrayList<>();
        final MemorySegment statx = MemorySegment.ofArray(new byte[Libc.STATX_SIZE]);
        boolean inUse;

        byte[] listing(int depth) {
            while (listings.size() <= depth) {
                listings.add(new byte[LISTING_BYTES]);
            }
            return listings.get(depth);
        }
    }

    /** One walk: its visitor and the start's text for messages. */
    private record Walk(Buffers buffers, Visitor visitor, Runnable beforeEachFolder, String startText) {

        /**
         * Lists the folder {@code name} (NUL-terminated, relative to {@code parentFd}) whose entries
         * are named {@code prefix + entry}, visiting each entry and walking into each folder.
         */
        void folder(int parentFd, MemorySegment name, String prefix, int depth) {
            beforeEachFolder.run();
            String folderName = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
            int fd = Libc.openFolder(parentFd, name);
            if (fd < 0) {
                visitor.unreadable(folderName, Libc.folderException(-fd, pathText(folderName)));
                visitor.folderDone();
                return;
            }
            try {
                list(fd, prefix, folderName, depth);
            } finally {
                Libc.close(fd);
            }
            visitor.folderDone();
        }

        private void list(int fd, String prefix, String folderName, int depth) {
            byte[] listing = buffers.listing(depth);
            MemorySegment segment = MemorySegment.ofArray(listing);
            while (true) {
                long filled = Libc.listInto(fd, segment);
                if (filled < 0) {
                    visitor.unreadable(folderName, Libc.exception((int) -filled, pathText(folderName)));
                    return;
                }
                if (filled == 0) {
                    return;
                }
                // struct linux_dirent64: d_reclen at 16, the NUL-terminated d_name at 19
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
            String name = prefix + new String(listing, nameAt, length, ascii ? StandardCharsets.ISO_8859_1 : Libc.FILE_NAMES);
            MemorySegment cName = segment.asSlice(nameAt, length + 1);
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
                folder(fd, cName, name + "/", depth + 1);
            }
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
