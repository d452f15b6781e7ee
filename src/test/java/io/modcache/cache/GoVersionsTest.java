package io.modcache.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Go's version order, with golang.org/x/mod/semver's test table order. */
class GoVersionsTest {

    /** x/mod semver_test.go "tests": {input, canonical form ("" = invalid)}, in increasing order. */
    private static final String[][] TESTS = {
            {"bad", ""},
            {"v1-alpha.beta.gamma", ""},
            {"v1-pre", ""},
            {"v1+meta", ""},
            {"v1-pre+meta", ""},
            {"v1.2-pre", ""},
            {"v1.2+meta", ""},
            {"v1.2-pre+meta", ""},
            {"v1.0.0-alpha", "v1.0.0-alpha"},
            {"v1.0.0-alpha.1", "v1.0.0-alpha.1"},
            {"v1.0.0-alpha.beta", "v1.0.0-alpha.beta"},
            {"v1.0.0-beta", "v1.0.0-beta"},
            {"v1.0.0-beta.2", "v1.0.0-beta.2"},
            {"v1.0.0-beta.11", "v1.0.0-beta.11"},
            {"v1.0.0-rc.1", "v1.0.0-rc.1"},
            {"v1", "v1.0.0"},
            {"v1.0", "v1.0.0"},
            {"v1.0.0", "v1.0.0"},
            {"v1.2", "v1.2.0"},
            {"v1.2.0", "v1.2.0"},
            {"v1.2.3-456", "v1.2.3-456"},
            {"v1.2.3-456.789", "v1.2.3-456.789"},
            {"v1.2.3-456-789", "v1.2.3-456-789"},
            {"v1.2.3-456a", "v1.2.3-456a"},
            {"v1.2.3-pre", "v1.2.3-pre"},
            {"v1.2.3-pre+meta", "v1.2.3-pre"},
            {"v1.2.3-pre.1", "v1.2.3-pre.1"},
            {"v1.2.3-zzz", "v1.2.3-zzz"},
            {"v1.2.3", "v1.2.3"},
            {"v1.2.3+meta", "v1.2.3"},
            {"v1.2.3+meta-pre", "v1.2.3"},
            {"v1.2.3+meta-pre.sha.256a", "v1.2.3"}
    };

    @Test
    void isValidAndCanonicalMatchXMod() {
        for (String[] t : TESTS) {
            assertThat(GoVersions.isValid(t[0])).as("IsValid(%s)", t[0]).isEqualTo(!t[1].isEmpty());
            assertThat(GoVersions.canonical(t[0])).as("Canonical(%s)", t[0]).isEqualTo(t[1]);
        }
    }

    /** x/mod's TestCompare: equal canonical forms compare equal, otherwise table order. */
    @Test
    void compareMatchesXMod() {
        for (int i = 0; i < TESTS.length; i++) {
            for (int j = 0; j < TESTS.length; j++) {
                int want = TESTS[i][1].equals(TESTS[j][1]) ? 0 : i < j ? -1 : 1;
                assertThat(GoVersions.compare(TESTS[i][0], TESTS[j][0]))
                        .as("Compare(%s, %s)", TESTS[i][0], TESTS[j][0]).isEqualTo(want);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"bad", "v1-alpha.beta.gamma", "v1-pre", "v1+meta", "v1-pre+meta", "v1.2-pre", "v1.2+meta",
            "v1.2-pre+meta", "v1.0.0-alpha..1", "v1.0.0-01", "v01.0.0", "v1.0.0+", "1.2.3", "v1.2.3-"})
    void invalidVersions(String v) {
        assertThat(GoVersions.isValid(v)).isFalse();
        assertThat(GoVersions.compare(v, "v0.0.0")).isNegative();
        assertThat(GoVersions.compare(v, "bad")).isZero();
    }

    @Test
    void canonicalKeepsIncompatibleOnly() {
        assertThat(GoVersions.canonical("v1.2")).isEqualTo("v1.2.0");
        assertThat(GoVersions.canonical("v2.0.0+incompatible")).isEqualTo("v2.0.0+incompatible");
        assertThat(GoVersions.canonical("v1.2.3+meta")).isEqualTo("v1.2.3");
        assertThat(GoVersions.canonical("junk")).isEmpty();
    }

    @Test
    void sortsPseudoVersionsAndIncompatibleAsGoDoes() {
        List<String> versions = new ArrayList<>(List.of(
                "v1.0.0", "v2.0.0+incompatible", "v0.0.0-20191109021931-daa7c04131f5",
                "v1.0.1-0.20200101000000-abcdefabcdef", "v1.0.1", "v0.9.0", "v2.0.0-rc.1+incompatible"));
        Collections.shuffle(versions, new java.util.Random(7));
        versions.sort(GoVersions.NEWEST_FIRST);
        assertThat(versions).containsExactly(
                "v2.0.0+incompatible", "v2.0.0-rc.1+incompatible", "v1.0.1",
                "v1.0.1-0.20200101000000-abcdefabcdef", "v1.0.0", "v0.9.0",
                "v0.0.0-20191109021931-daa7c04131f5");
        assertThat(GoVersions.isPseudo("v1.0.1-0.20200101000000-abcdefabcdef")).isTrue();
        assertThat(GoVersions.isPseudo("v1.0.1")).isFalse();
    }
}
