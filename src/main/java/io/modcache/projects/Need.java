package io.modcache.projects;

/** What a module of the user's needs of a cached version. */
public enum Need {
    /** Only its go.mod ({@code .mod}, {@code .info}): go.sum has just the {@code /go.mod} line. */
    GRAPH,
    /** Its source ({@code .zip} and the extracted tree): go.sum has the content line. */
    SOURCE;

    /** As reports name it: {@code graph}, {@code source}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Need max(Need a, Need b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
