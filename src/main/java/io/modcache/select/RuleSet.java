package io.modcache.select;

import io.modcache.cache.ModulePattern;

import java.util.List;

/**
 * The criteria that select what can go. Every criterion given must hold (they are ANDed); module
 * patterns restrict the candidates first.
 *
 * @param olderThan   last access (or download time, where access times are not tracked) older than this; null: any age
 * @param keepNewest  keep this many newest versions of each module; null: keep none on this account
 * @param unused      only versions no named project needs
 * @param broken      only versions verification found broken (this overrides protection)
 * @param budget      trim the cache down to this size, least recently used first; null: no budget
 * @param includeUsed lift the protection of versions a project needs
 * @param patterns    the candidates; empty: the whole cache
 */
public record RuleSet(AgeSpec olderThan, Integer keepNewest, boolean unused, boolean broken, SizeSpec budget,
                      boolean includeUsed, List<ModulePattern> patterns) {

    public static final RuleSet NONE = new RuleSet(null, null, false, false, null, false, List.of());

    public RuleSet {
        patterns = List.copyOf(patterns);
        if (keepNewest != null && keepNewest < 0) {
            throw new IllegalArgumentException("keep newest takes a number of versions, 0 or more");
        }
    }

    /** Whether any criterion is given (patterns alone are not a rule). */
    public boolean any() {
        return olderThan != null || keepNewest != null || unused || broken || budget != null;
    }
}
