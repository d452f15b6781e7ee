package io.modcache.verify;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** x/mod sumdb/dirhash hash_test.go TestHash1, and the ordering rule it relies on. */
class DirHashTest {

    private static byte[] sha(String s) {
        return DirHash.sha256().digest(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String h(String s) {
        return HexFormat.of().formatHex(sha(s));
    }

    private static String htop(String lines) {
        return "h1:" + Base64.getEncoder().encodeToString(sha(lines));
    }

    @Test
    void hash1AsXModDefinesIt() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xyz", sha("data for xyz"));
        files.put("abc", sha("data for abc"));

        String want = htop(h("data for abc") + "  abc\n" + h("data for xyz") + "  xyz\n");

        assertThat(DirHash.hash1(files)).isEqualTo(want);
    }

    @Test
    void namesWithNewlinesAreRejected() {
        assertThatThrownBy(() -> DirHash.hash1(Map.of("xy\nz", sha("x"))))
                .hasMessage("dirhash: filenames with newlines are not supported");
    }

    @Test
    void namesSortByUtf8BytesNotUtf16Units() {
        // U+FF5E (BMP) sorts before U+1F600 in UTF-8 and code points, after it in UTF-16 units.
        String bmp = "m@v1.0.0/\uFF5E";
        String astral = "m@v1.0.0/\uD83D\uDE00";
        assertThat(Utf8Order.INSTANCE.compare(bmp, astral)).isNegative();
        assertThat(bmp.compareTo(astral)).isPositive();
    }

    @Test
    void goModHashIsHash1OfOneFileNamedGoMod() {
        byte[] mod = "module example.com/m\n".getBytes(StandardCharsets.UTF_8);
        assertThat(DirHash.goModHash(mod)).isEqualTo(htop(HexFormat.of().formatHex(DirHash.sha256().digest(mod)) + "  go.mod\n"));
        assertThat(DirHash.isWellFormedH1(DirHash.goModHash(mod))).isTrue();
        assertThat(DirHash.isWellFormedH1("h1:short")).isFalse();
    }
}
