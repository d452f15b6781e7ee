package io.modcache.report;

/** CSV fields as RFC 4180 quotes them. */
final class Csv {

    private Csv() {
    }

    static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
