package io.modcache.system;

import io.modcache.system.PrivatePatterns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** module.MatchPrefixPatterns, with cases from x/mod's module_test.go. */
class PrivatePatternsTest {

    /** x/mod module_test.go TestMatchPrefixPatterns, verbatim (globs|target|match). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "|rsc.io/quote|false",
            "/|rsc.io/quote|false",
            "*/quote|rsc.io/quote|true",
            "*/quo|rsc.io/quote|false",
            "*/quo??|rsc.io/quote|true",
            "*/quo*|rsc.io/quote|true",
            "*quo*|rsc.io/quote|false",
            "rsc.io|rsc.io/quote|true",
            "*.io|rsc.io/quote|true",
            "rsc.io/|rsc.io/quote|true",
            "rsc|rsc.io/quote|false",
            "rsc*|rsc.io/quote|true",
            "rsc.io|rsc.io/quote/v3|true",
            "*/quote|rsc.io/quote/v3|true",
            "*/quote/|rsc.io/quote/v3|true",
            "*/quote/*|rsc.io/quote/v3|true",
            "*/quote/*/|rsc.io/quote/v3|true",
            "*/v3|rsc.io/quote/v3|false",
            "*/*/v3|rsc.io/quote/v3|true",
            "*/*/*|rsc.io/quote/v3|true",
            "*/*/*/|rsc.io/quote/v3|true",
            "*/*/*|rsc.io/quote|false",
            "*/*/*/|rsc.io/quote|false",
            "*/*/*,,|rsc.io/quote|false",
            "*/*/*,,*/quote|rsc.io/quote|true",
            ",,*/quote|rsc.io/quote|true"})
    void matchesLikeGo(String globs, String target, boolean want) {
        globs = globs == null ? "" : globs;
        assertThat(PrivatePatterns.matchPrefixPatterns(globs, target)).as("%s ~ %s", globs, target).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource({"corp.example.com,corp.example.com/lib,GOPRIVATE=corp.example.com", "corp.example.com,github.com/x/y,"})
    void namesTheVariable(String goprivate, String module, String expected) {
        assertThat(new PrivatePatterns(goprivate, goprivate, goprivate).matchingVariable(module)).isEqualTo(expected);
    }
}
