package io.modcache.verify;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A module zip read in place, never extracted, within golang.org/x/mod/zip's limits: at most
 * {@link #MAX_ZIP_FILE} bytes on disk and uncompressed, and no entry yielding more than it
 * declares. Entries are checked against their CRC-32 as Go's archive/zip does. Like go's
 * {@code dirhash.HashZip}, it keeps every entry in central-directory order, duplicates too, and
 * reads a duplicated name from its last entry.
 */
final class ModuleZip implements Closeable {

    /** x/mod/zip MaxZipFile. */
    static final long MAX_ZIP_FILE = 500L << 20;

    private final ZipFile zip;
    private final List<ZipEntry> entries;
    private final Map<String, ZipEntry> lastByName;

    private ModuleZip(ZipFile zip, List<ZipEntry> entries, Map<String, ZipEntry> lastByName) {
        this.zip = zip;
        this.entries = entries;
        this.lastByName = lastByName;
    }

    /** Opens a zip the caller has checked is a regular file of {@code size} bytes. */
    static ModuleZip open(Path file, long size) throws IOException {
        if (size > MAX_ZIP_FILE) {
            throw new CorruptZipException("module zip file is too large (" + size + " bytes; limit is " + MAX_ZIP_FILE + " bytes)");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new CorruptZipException("zip: not a valid zip file (" + e.getMessage() + ")", e);
        }
        try {
            List<ZipEntry> entries = new ArrayList<>();
            Map<String, ZipEntry> last = new HashMap<>();
            long declared = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                long entrySize = e.getSize();
                if (entrySize < 0) {
                    throw new CorruptZipException("zip entry " + e.getName() + " does not declare its size");
                }
                declared += entrySize;
                if (declared > MAX_ZIP_FILE) {
                    throw new CorruptZipException("total uncompressed size of module contents too large (max size is "
                            + MAX_ZIP_FILE + " bytes)");
                }
                entries.add(e);
                last.put(e.getName(), e);
            }
            return new ModuleZip(zip, Collections.unmodifiableList(entries), last);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e instanceof CorruptZipException c ? c : new CorruptZipException("zip: " + e.getMessage(), e);
        }
    }

    /** Every entry's name in central-directory order, a duplicated name as often as it occurs. */
    List<String> names() {
        return entries.stream().map(ZipEntry::getName).toList();
    }

    List<ZipEntry> entries() {
        return entries;
    }

    boolean hasDuplicates() {
        return lastByName.size() != entries.size();
    }

    /** The entry's uncompressed content; reading past its declared size or a CRC mismatch fails. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = lastByName.get(name);
        if (entry == null) {
            throw new CorruptZipException("file \"" + name + "\" not found in zip");
        }
        return new CheckedEntryStream(zip.getInputStream(entry), entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static final class CheckedEntryStream extends FilterInputStream {
        private final ZipEntry entry;
        private final CRC32 crc = new CRC32();
        private long count;

        CheckedEntryStream(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ZipException | java.io.EOFException e) {
                throw new CorruptZipException("zip: " + entry.getName() + ": " + e.getMessage(), e);
            }
            if (n < 0) {
                if (count != entry.getSize()) {
                    throw new CorruptZipException("zip: " + entry.getName() + ": size mismatch (declared " + entry.getSize() + ", got " + count + ")");
                }
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    throw new CorruptZipException("zip: checksum error");
                }
                return n;
            }
            count += n;
            if (count > entry.getSize()) {
                throw new CorruptZipException("zip: " + entry.getName() + ": more data than its declared size " + entry.getSize());
            }
            crc.update(b, off, n);
            return n;
        }
    }
}
