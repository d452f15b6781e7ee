package io.modcache.clean;

import io.modcache.cache.ModuleVersion;

import java.util.List;

/**
 * A version to plan the deletion of, how much of it may go at most, and why it was chosen.
 *
 * @param limit   {@link Scope#EVERYTHING}, or {@link Scope#SOURCE} when a project needs it for the
 *                module graph only (its {@code .mod} and {@code .info} stay)
 * @param reasons why, in words; empty when the user chose it by hand
 */
public record Candidate(ModuleVersion version, Scope limit, List<String> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }

    /** Chosen by hand: all of it may go. */
    public static Candidate chosen(ModuleVersion version) {
        return new Candidate(version, Scope.EVERYTHING, List.of());
    }
}
