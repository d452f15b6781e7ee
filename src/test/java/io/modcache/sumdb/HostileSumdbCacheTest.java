package io.modcache.sumdb;

import io.modcache.cache.CachePart;
import io.modcache.cache.ModuleVersion;
import io.modcache.cache.VerificationStatus;
import io.modcache.system.PrivatePatterns;
import io.modcache.testing.Posix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What go cached from the checksum database is read as hostile as the rest of the cache: a record
 * or tile that is a named pipe, a link, a huge sparse file or garbage is an error of that version,
 * answered at once, never a hang, a crash or a confirmation.
 */
@Timeout(20)
class HostileSumdbCacheTest {

    @TempDir
    Path dir;

    private ProvenanceChecker checker;
    private Path lookup;
    private final ModuleVersion v = new ModuleVersion("example.com/x", "v1.0.0", "example.com/x", "v1.0.0", 1, 1,
            Set.of(CachePart.ZIP), null, null, VerificationStatus.UNVERIFIED, List.of(), null);

    @BeforeEach
    void database() throws Exception {
        byte[] der = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
        byte[] key = new byte[33];
        key[0] = 1;
        System.arraycopy(der, der.length - 32, key, 1, 32);
        var d = Tlog.sha256();
        d.update("sum.test.example\n".getBytes(StandardCharsets.UTF_8));
        d.update(key);
        String vkey = "sum.test.example+" + String.format("%08x", ByteBuffer.wrap(d.digest(), 0, 4).getInt()) + "+"
                + Base64.getEncoder().encodeToString(key);
        SumdbConfig config = SumdbConfig.parse(vkey, PrivatePatterns.NONE, dir.resolve("gopath"));
        checker = new ProvenanceChecker(dir, config);
        lookup = Files.createDirectories(dir.resolve("cache/download/sumdb/sum.test.example/lookup/example.com")).resolve("x@v1.0.0");
    }

    private Provenance check() {
        return checker.check(v, "h1:" + Base64.getEncoder().encodeToString(new byte[32]), null);
    }

    @Test
    void aNamedPipeForARecordIsAnErrorNotAHang() {
        Posix.mkfifo(lookup);
        Provenance p = check();
        assertThat(p.state()).isEqualTo(Provenance.State.ERROR);
        assertThat(p.detail()).startsWith("cannot read the cached record");
    }

    @Test
    void aLinkToADeviceIsNeverFollowed() throws Exception {
        Files.createSymbolicLink(lookup, Path.of("/dev/zero"));
        assertThat(check().state()).isEqualTo(Provenance.State.ERROR);
    }

    @Test
    void aHugeSparseRecordIsRefusedUnread() throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(lookup.toFile(), "rw")) {
            f.setLength(8L << 30);
        }
        assertThat(check().state()).isEqualTo(Provenance.State.ERROR);
    }

    @Test
    void garbageAndForgeriesAreErrors() throws Exception {
        Files.writeString(lookup, "not a record at all");
        assertThat(check().detail()).isEqualTo("malformed record data");
        Files.writeString(lookup, "1\nexample.com/x v1.0.0 h1:AAAA\n\ngo.sum database tree\n2\n"
                + Base64.getEncoder().encodeToString(new byte[32]) + "\n\n\u2014 sum.test.example AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
        Provenance forged = check();
        assertThat(forged.state()).isEqualTo(Provenance.State.ERROR);
        assertThat(forged.detail()).contains("no valid signature");
    }
}
