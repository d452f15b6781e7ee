package io.modcache.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words live in the bundle: every key the code or an FXML file asks for is there, and no FXML
 * file carries words of its own (so a translation is a file, not a code change).
 */
class MessagesCompleteTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern CODE_KEY = Pattern.compile("Text\\.get\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    /** A text attribute with a letter in it that is not a %key or a $reference (a symbol such as ✕ is not words). */
    private static final Pattern FXML_WORDS = Pattern.compile("\\b(?:text|promptText)=\"([^\"%$][^\"]*\\p{L}[^\"]*)\"");

    private final ResourceBundle bundle = Text.bundle();

    @Test
    void everyKeyTheCodeAsksForIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path file : files(".java")) {
            Matcher m = CODE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).endsWith(".") && !bundle.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void fxmlTakesItsWordsFromTheBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> fxml = files(".fxml");
        assertThat(fxml).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : fxml) {
            String text = Files.readString(file);
            Matcher keys = FXML_KEY.matcher(text);
            while (keys.find()) {
                if (!bundle.containsKey(keys.group(1))) {
                    problems.add(file.getFileName() + ": no " + keys.group(1) + " in the bundle");
                }
            }
            Matcher words = FXML_WORDS.matcher(text);
            while (words.find()) {
                problems.add(file.getFileName() + ": words of its own: " + words.group(1));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aValueThatStartsWithASpaceKeepsIt() throws IOException {
        // Properties drops the blanks after '=': " · {0} failed" would be glued to what comes before it
        List<String> stripped = new ArrayList<>();
        for (String line : Files.readAllLines(MAIN.resolve("resources/io/modcache/text/messages.properties"))) {
            if (!line.startsWith("#") && line.matches("^[^=\\s]+=[ \t].*")) {
                stripped.add(line);
            }
        }
        assertThat(stripped).as("write '\\ ' for a leading space").isEmpty();
        assertThat(bundle.getString("usedBy.source")).isEqualTo(" (source)");
    }

    @Test
    void aChoiceOfWordsHasAWordForNone() {
        // ChoiceFormat gives a number below the first limit the first word: "1#version|1<versions"
        // says "0 version", as the overview's "0 B (0 version)" did
        Pattern choice = Pattern.compile("\\{\\d+,choice,([^}]*)}");
        List<String> bad = new ArrayList<>();
        for (String key : bundle.keySet()) {
            Matcher m = choice.matcher(bundle.getString(key));
            while (m.find()) {
                if (!m.group(1).startsWith("0#")) {
                    bad.add(key + ": " + m.group());
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void keysCalledWithArgumentsAreValidPatterns() {
        // MessageFormat drops a lone apostrophe and everything after it: "project's {0}" must be "project''s {0}"
        List<String> bad = new ArrayList<>();
        for (String key : bundle.keySet()) {
            String value = bundle.getString(key);
            if (value.contains("{0") && value.replace("''", "").contains("'")) {
                bad.add(key);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void pluralsChooseTheirForm() {
        assertThat(Text.get("count.version", 1, "1")).isEqualTo("1 version");
        assertThat(Text.get("count.version", 2880L, "2,880")).isEqualTo("2,880 versions");
        assertThat(Text.get("count.version", 0, "0")).isEqualTo("0 versions");
        assertThat(Text.get("main.filter.modules", "1", Text.get("count.module", 3, "3"))).isEqualTo("1 of 3 modules");
        assertThat(Text.get("preview.summary", "1", Text.get("count.entry", 1, "1"), "10 B")).isEqualTo("Deleted 1 of 1 entry, freed 10 B.");
        assertThat(List.of(0, 1, 1200).stream().map(n -> Text.get("overview.unverified", n, String.format(java.util.Locale.ROOT, "%,d", n))).toList())
                .allMatch(t -> t.endsWith("not verified yet: Broken knows only what Verify found."))
                .extracting(t -> t.substring(0, t.indexOf(" not")))
                .containsExactly("No versions are", "One version is", "1,200 versions are");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
