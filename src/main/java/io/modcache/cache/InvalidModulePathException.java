package io.modcache.cache;

/** A module path or version that is not valid, or not validly escaped, by the go command's rules. */
public class InvalidModulePathException extends IllegalArgumentException {
    public InvalidModulePathException(String message) {
        super(message);
    }
}
