package io.modcache.verify;

import java.util.Comparator;

/**
 * The order Go's {@code sort.Strings} puts strings in: by their UTF-8 bytes, which is code point
 * order (Java's {@code String.compareTo} compares UTF-16 units and differs above U+FFFF).
 */
public final class Utf8Order implements Comparator<String> {

    public static final Utf8Order INSTANCE = new Utf8Order();

    private Utf8Order() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
