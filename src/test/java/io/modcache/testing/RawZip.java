package io.modcache.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes a zip of stored entries byte by byte, allowing what java.util.zip refuses to write (the
 * same name twice), so tests can make the zips a broken or hostile tool would leave.
 */
public final class RawZip {

    private RawZip() {
    }

    public static void write(Path file, List<Map.Entry<String, String>> entries) throws IOException {
        writeDeclaring(file, entries, -1);
    }

    /** Like {@link #write}, but every entry declares {@code declaredSize} as its uncompressed size (when not -1). */
    public static void writeDeclaring(Path file, List<Map.Entry<String, String>> entries, long declaredSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : entries) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] data = e.getValue().getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(data);
            int offset = out.size();
            int declared = declaredSize < 0 ? data.length : (int) Math.min(declaredSize, 0xFFFFFFFFL);
            out.write(header(0x04034b50, name, data.length, declared, crc.getValue(), -1));
            out.write(name);
            out.write(data);
            central.write(header(0x02014b50, name, data.length, declared, crc.getValue(), offset));
            central.write(name);
        }
        int centralOffset = out.size();
        out.write(central.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
        out.write(end.array());
        Files.write(file, out.toByteArray());
    }

    /** A local file header (offset -1) or a central directory header, for a stored UTF-8 entry. */
    private static byte[] header(int signature, byte[] name, int size, int declared, long crc, int offset) {
        boolean central = offset >= 0;
        ByteBuffer b = ByteBuffer.allocate(central ? 46 : 30).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 0).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt(size).putInt(declared).putShort((short) name.length).putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
        }
        return b.array();
    }
}
