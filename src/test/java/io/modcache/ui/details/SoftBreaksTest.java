package io.modcache.ui.details;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Line breaks where paths and module versions read well, measured here in characters. */
class SoftBreaksTest {

    private static SoftBreaks.Shown wrap(String text, int columns) {
        return SoftBreaks.wrap(text, columns, String::length);
    }

    @Test
    void aModuleVersionBreaksAfterASlashOrBeforeTheAt() {
        assertThat(wrap("golang.org/x/text@v0.7.0", 20).text()).isEqualTo("golang.org/x/text\n@v0.7.0");
        assertThat(wrap("golang.org/x/text@v0.7.0", 15).text()).isEqualTo("golang.org/x/\ntext@v0.7.0");
        assertThat(wrap("golang.org/x/text@v0.0.0-20230110181048-76db0878b65f", 30).text())
                .isEqualTo("golang.org/x/text@v0.0.0-\n20230110181048-76db0878b65f");
    }

    @Test
    void aLineInColumnsBreaksBetweenThemNotInsideOne() {
        assertThat(wrap("v0.7.0      43.8 MiB  not verified  needed by 1 project", 34).text())
                .isEqualTo("v0.7.0      43.8 MiB  \nnot verified  needed by 1 project");
        assertThat(wrap("no project you named needs it", 15).text()).as("prose still breaks at every space")
                .isEqualTo("no project you \nnamed needs it");
    }

    @Test
    void anAtAfterAParenthesisStaysWithIt() {
        assertThat(wrap("the versions it has (@v/list)", 22).text()).isEqualTo("the versions it has \n(@v/list)");
    }

    @Test
    void textThatFitsIsLeftAlone() {
        SoftBreaks.Shown shown = wrap("golang.org/x/text@v0.7.0\nsecond line", 24);
        assertThat(shown.text()).isEqualTo("golang.org/x/text@v0.7.0\nsecond line");
        assertThat(shown.added()).isEmpty();
        assertThat(wrap("no width yet, nothing measured", 0).text()).isEqualTo("no width yet, nothing measured");
    }

    @Test
    void wordsBreakAtSpacesAndARunOfSpacesStaysWithTheWordBeforeIt() {
        assertThat(wrap("source tree   /home/me/go/pkg/mod/golang.org/x/text@v0.7.0", 22).text())
                .isEqualTo("source tree   /home/\nme/go/pkg/mod/\ngolang.org/x/text\n@v0.7.0");
    }

    @Test
    void whatIsCopiedIsTheTextAsGiven() {
        String text = "go mod download golang.org/x/text@v0.0.0-20230110181048-76db0878b65f\nverified";
        SoftBreaks.Shown shown = wrap(text, 18);
        assertThat(shown.added()).isNotEmpty();
        assertThat(SoftBreaks.whole(shown.text(), shown.added(), 0, shown.text().length())).isEqualTo(text);
        // a part of it: from "golang" to the end of the first line
        int from = shown.text().indexOf("golang");
        int to = shown.text().indexOf("verified") - 1;
        assertThat(SoftBreaks.whole(shown.text(), shown.added(), from, to))
                .isEqualTo("golang.org/x/text@v0.0.0-20230110181048-76db0878b65f");
    }

    @Test
    void aPieceLongerThanTheLineIsLeftForTheTextAreaToCut() {
        assertThat(wrap("abcdefghijklmnop/q", 5).text()).isEqualTo("abcdefghijklmnop/\nq");
        assertThat(wrap("abcdefghijklmnop/q", 5).allFit()).as("the text area still cuts the long piece").isFalse();
        assertThat(wrap("golang.org/x/text@v0.7.0", 15).allFit()).as("every line fits: one row a line").isTrue();
        assertThat(wrap("golang.org/x/text@v0.7.0", 0).allFit()).as("no width yet").isFalse();
    }
}
