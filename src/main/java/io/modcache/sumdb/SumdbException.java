package io.modcache.sumdb;

/** The checksum database's answer could not be read or did not prove what it claims. */
public final class SumdbException extends Exception {

    private static final long serialVersionUID = 1L;

    public SumdbException(String message) {
        super(message);
    }
}
