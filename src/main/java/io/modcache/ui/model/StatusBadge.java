package io.modcache.ui.model;

import io.modcache.text.Text;
import io.modcache.cache.VerificationStatus;
import io.modcache.sumdb.Provenance;
import io.modcache.verify.Verdicts;

import java.util.List;

/**
 * What the Verification column shows for a row: an icon by {@link Tone}, a short text, and the
 * problems as a tooltip.
 */
public record StatusBadge(Tone tone, String text, String tooltip, Provenance provenance) {

    public enum Tone { OK, BAD, WARN, NEUTRAL }

    /** Without a word from the checksum database. */
    public StatusBadge(Tone tone, String text, String tooltip) {
        this(tone, text, tooltip, null);
    }

    /** With what the checksum database said, added to the tooltip. */
    public StatusBadge withProvenance(Provenance p) {
        if (p == null) {
            return this;
        }
        String line = Text.get("badge.sumdb", Text.get("details.sumdb." + p.state().word()).replaceAll(":$", "")
                + (p.state() == Provenance.State.CONFIRMED ? " " + Text.get("details.sumdb.tree", String.format("%,d", p.treeSize()))
                : p.detail().isEmpty() || p.state() == Provenance.State.MISMATCH ? "" : ": " + p.detail()));
        return new StatusBadge(tone, text, tooltip.isEmpty() ? line : tooltip + "\n" + line, p);
    }

    public static final StatusBadge EMPTY = new StatusBadge(Tone.NEUTRAL, "", "");

    public static StatusBadge of(VerificationStatus status, List<String> problems) {
        Tone tone = toneOf(status);
        String text = status.label();
        if (status == VerificationStatus.UNVERIFIED && !problems.isEmpty()) {
            tone = Tone.WARN;
            text += " · " + Text.counted("count.problem", problems.size());
        }
        return new StatusBadge(tone, text, String.join("\n", problems));
    }

    public static Tone toneOf(VerificationStatus status) {
        return switch (status) {
            case VERIFIED -> Tone.OK;
            case SUMDB_MISMATCH, DIR_MODIFIED, ZIP_MODIFIED, GOSUM_MISMATCH, CORRUPT_ZIP -> Tone.BAD;
            case MISSING_ZIPHASH, INCOMPLETE, ERROR -> Tone.WARN;
            case MOD_ONLY, UNVERIFIED -> Tone.NEUTRAL;
        };
    }

    /** A module's verification at a glance: its worst version, and how many share that status. */
    public static StatusBadge summarize(List<VerificationStatus> statuses, long unverifiedWithProblems) {
        if (statuses.isEmpty()) {
            return EMPTY;
        }
        VerificationStatus worst = statuses.stream()
                .filter(s -> s != VerificationStatus.UNVERIFIED && s != VerificationStatus.MOD_ONLY)
                .min(Verdicts.MOST_SEVERE_FIRST).orElse(null);
        long unverified = statuses.stream().filter(s -> s == VerificationStatus.UNVERIFIED).count();
        if (worst == null) {
            return unverifiedWithProblems > 0 ? new StatusBadge(Tone.WARN, Text.get("badge.withProblems", String.valueOf(unverifiedWithProblems)), "")
                    : unverified > 0 ? new StatusBadge(Tone.NEUTRAL, VerificationStatus.UNVERIFIED.label(), "") : EMPTY;
        }
        if (worst == VerificationStatus.VERIFIED) {
            return unverified > 0
                    ? new StatusBadge(Tone.NEUTRAL, Text.get("badge.someVerified", String.valueOf(statuses.size() - unverified), String.valueOf(statuses.size())), "")
                    : new StatusBadge(Tone.OK, worst.label(), "");
        }
        long count = statuses.stream().filter(s -> s == worst).count();
        return new StatusBadge(toneOf(worst), count == 1 ? worst.label() : worst.label() + " · " + Text.counted("count.version", count), "");
    }
}
