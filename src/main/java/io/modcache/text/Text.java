package io.modcache.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the program shows, from one resource bundle ({@code io/modcache/text/messages}), so
 * that a translation is a file, not a code change. The command line and the window word things
 * the same way because both read them here.
 */
public final class Text {

    public static final String BUNDLE = "io.modcache.text.messages";

    private Text() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments filled in when given. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** {@code n} with thousands separators: 290,649, in the window and on the command line alike. */
    public static String count(long n) {
        return String.format(Locale.getDefault(), "%,d", n);
    }

    /** {@code n} in digits and the noun of {@code key} (one of the bundle's {@code count.*}), singular or plural as {@code n} needs: "1 version", "2,880 versions". */
    public static String counted(String key, long n) {
        return get(key, n, count(n));
    }
}
