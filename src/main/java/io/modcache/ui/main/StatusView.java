package io.modcache.ui.main;

import io.modcache.cache.VerificationStatus;

import java.util.List;

/**
 * What the Verification column shows for a row: an icon by {@link Tone}, a short text, and the
 * problems as a tooltip.
 */
public record StatusView(Tone tone, String text, String tooltip) {

    public enum Tone { OK, BAD, WARN, NEUTRAL }

    public static final StatusView EMPTY = new StatusView(Tone.NEUTRAL, "", "");

    public static StatusView of(VerificationStatus status, List<String> problems) {
        Tone tone = toneOf(status);
        String text = describe(status);
        if (status == VerificationStatus.UNVERIFIED && !problems.isEmpty()) {
            tone = Tone.WARN;
            text += " · " + problems.size() + (problems.size() == 1 ? " problem" : " problems");
        }
        return new StatusView(tone, text, String.join("\n", problems));
    }

    static Tone toneOf(VerificationStatus status) {
        return switch (status) {
            case VERIFIED -> Tone.OK;
            case DIR_MODIFIED, ZIP_MODIFIED, GOSUM_MISMATCH, CORRUPT_ZIP -> Tone.BAD;
            case MISSING_ZIPHASH, INCOMPLETE, ERROR -> Tone.WARN;
            case MOD_ONLY, UNVERIFIED -> Tone.NEUTRAL;
        };
    }

    public static String describe(VerificationStatus status) {
        return switch (status) {
            case UNVERIFIED -> "not verified";
            case VERIFIED -> "verified";
            case DIR_MODIFIED -> "dir modified";
            case ZIP_MODIFIED -> "zip modified";
            case MISSING_ZIPHASH -> "missing ziphash";
            case CORRUPT_ZIP -> "corrupt zip";
            case INCOMPLETE -> "incomplete";
            case GOSUM_MISMATCH -> "go.sum mismatch";
            case MOD_ONLY -> ".mod only";
            case ERROR -> "error";
        };
    }
}
