package io.modcache.sumdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log's arithmetic and proofs on a log built here, record by record, as the database stores
 * it: large enough (70,000 records) that a proof climbs through three levels of tiles.
 */
class TransparentLogTest {

    @TempDir
    Path dir;

    @Test
    void storedHashIndexesAndTilePathsAreGos() {
        // values from golang.org/x/mod/sumdb/tlog's tests
        assertThat(Tlog.storedHashIndex(0, 0)).isZero();
        assertThat(Tlog.storedHashIndex(0, 1)).isEqualTo(1);
        assertThat(Tlog.storedHashIndex(1, 0)).isEqualTo(2);
        assertThat(Tlog.storedHashIndex(0, 2)).isEqualTo(3);
        assertThat(Tlog.storedHashIndex(2, 0)).isEqualTo(6);
        for (long x = 0; x < 5000; x++) {
            long[] split = Tlog.splitStoredHashIndex(x);
            assertThat(Tlog.storedHashIndex((int) split[0], split[1])).isEqualTo(x);
        }
        assertThat(new Tile(8, 0, 1234067, 256).path()).isEqualTo("tile/8/0/x001/x234/067");
        assertThat(new Tile(8, 1, 3, 5).path()).isEqualTo("tile/8/1/003.p/5");
        assertThat(new Tile(8, -1, 0, 256).path()).isEqualTo("tile/8/data/000");
    }

    @Test
    void recordsProveAtEveryDepthAndAForgedTileOrRecordDoesNot() throws Exception {
        long size = 70_000;
        List<byte[]> stored = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            append(stored, i, record(i));
        }
        byte[] root = treeHash(stored, size);
        TreeHead tree = new TreeHead(size, root);
        writeTiles(stored, size);
        TileSource tiles = new TileSource(dir);

        for (long id : new long[] {0, 1, 255, 256, 65_535, 65_536, 69_999}) {
            assertThat(InclusionCheck.check(tree, id, record(id), tiles).proven()).as("record %d", id).isTrue();
        }
        assertThat(InclusionCheck.check(tree, 42, record(43), tiles).proven()).as("another record's text").isFalse();
        assertThat(InclusionCheck.check(tree, 70_000, record(70_000), tiles).detail()).contains("not in the tree");
        byte[] otherRoot = root.clone();
        otherRoot[0] ^= 1;
        assertThat(InclusionCheck.check(new TreeHead(size, otherRoot), 7, record(7), new TileSource(dir)).detail())
                .contains("do not hash to the signed tree head");

        Path leaf = dir.resolve(new Tile(8, 0, 100, 256).path());
        byte[] data = Files.readAllBytes(leaf);
        data[40] ^= 1;
        Files.write(leaf, data);
        InclusionCheck.Outcome forged = InclusionCheck.check(tree, 100 * 256 + 1, record(100 * 256 + 1), new TileSource(dir));
        assertThat(forged.proven()).isFalse();
        assertThat(forged.tilesMissing()).isFalse();

        Files.delete(leaf);
        InclusionCheck.Outcome missing = InclusionCheck.check(tree, 100 * 256 + 1, record(100 * 256 + 1), new TileSource(dir));
        assertThat(missing.tilesMissing()).isTrue();
    }

    @Test
    void aPartialTileMayComeFromTheCompleteOne() throws Exception {
        List<byte[]> stored = new ArrayList<>();
        for (long i = 0; i < 256; i++) {
            append(stored, i, record(i));
        }
        writeTiles(stored, 256); // only the complete tile, as go keeps it once the tree grew
        long smaller = 10;
        TreeHead earlier = new TreeHead(smaller, treeHash(stored, smaller));
        assertThat(InclusionCheck.check(earlier, 3, record(3), new TileSource(dir)).proven()).isTrue();
    }

    @Test
    void signedNotesOpenOnlyWithTheirKeyAndUntouchedText() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] raw = rawPublicKey(pair);
        String name = "sum.test.example";
        byte[] alg = new byte[33];
        alg[0] = 1;
        System.arraycopy(raw, 0, alg, 1, 32);
        var d = Tlog.sha256();
        d.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        d.update(alg);
        int hash = ByteBuffer.wrap(d.digest(), 0, 4).getInt();
        String vkey = name + "+" + String.format("%08x", hash) + "+" + Base64.getEncoder().encodeToString(alg);
        NoteVerifier verifier = NoteVerifier.parse(vkey);
        String text = "go.sum database tree\n5\n" + Base64.getEncoder().encodeToString(new byte[32]) + "\n";

        byte[] note = sign(text, name, hash, pair);
        assertThat(verifier.open(note)).isEqualTo(text);
        assertThat(TreeHead.parse(verifier.open(note)).size()).isEqualTo(5);

        byte[] altered = new String(note, StandardCharsets.UTF_8).replace("\n5\n", "\n6\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifier.open(altered)).hasMessageContaining("invalid signature");
        byte[] othersOnly = sign(text, "someone.else", hash, pair);
        assertThatThrownBy(() -> verifier.open(othersOnly)).hasMessageContaining("not signed by " + name);
        assertThatThrownBy(() -> NoteVerifier.parse(name + "+00000000+" + Base64.getEncoder().encodeToString(alg)))
                .hasMessageContaining("does not match its hash");
        assertThat(NoteVerifier.parse(SumdbConfig.KNOWN.get("sum.golang.org")).name()).isEqualTo("sum.golang.org");
    }

    private static byte[] record(long i) {
        return ("example.com/m" + i + " v1.0.0 h1:" + i + "=\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Adds record {@code n}'s hash and the interior hashes it completes, in stored order. */
    private static void append(List<byte[]> stored, long n, byte[] data) {
        byte[] h = Tlog.recordHash(data);
        stored.add(h);
        for (int level = 0; ((n >> level) & 1) == 1; level++) {
            h = Tlog.nodeHash(stored.get((int) Tlog.storedHashIndex(level, (n >> level) - 1)), h);
            stored.add(h);
        }
    }

    private static byte[] treeHash(List<byte[]> stored, long size) {
        List<Long> stx = Tlog.subTreeIndex(0, size);
        byte[] h = stored.get(stx.get(stx.size() - 1).intValue());
        for (int i = stx.size() - 2; i >= 0; i--) {
            h = Tlog.nodeHash(stored.get(stx.get(i).intValue()), h);
        }
        return h;
    }

    /** Every tile of a tree of {@code size} records, complete ones and the partial right edge, as tlog.NewTiles lists them. */
    private void writeTiles(List<byte[]> stored, long size) throws IOException {
        int h = 8;
        for (int level = 0; size >> (h * level) > 0; level++) {
            long hashes = size >> (h * level);
            for (long n = 0; n <= (hashes - 1) >> h; n++) {
                int w = (int) Math.min(256, hashes - (n << h));
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int i = 0; i < w; i++) {
                    data.write(stored.get((int) Tlog.storedHashIndex(h * level, (n << h) + i)));
                }
                Path file = dir.resolve(new Tile(h, level, n, w).path());
                Files.createDirectories(file.getParent());
                Files.write(file, data.toByteArray());
            }
        }
    }

    private static byte[] rawPublicKey(KeyPair pair) {
        byte[] der = pair.getPublic().getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    private static byte[] sign(String text, String name, int hash, KeyPair pair) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(text.getBytes(StandardCharsets.UTF_8));
        byte[] sig = ByteBuffer.allocate(4 + 64).putInt(hash).put(s.sign()).array();
        return (text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(sig) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
