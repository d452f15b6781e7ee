package io.modcache.projects;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a go.mod or go.work file, read as golang.org/x/mod/modfile reads them: one
 * statement per line, a verb followed by its arguments, {@code verb ( ... )} blocks whose lines
 * each take the verb, {@code //} comments, and double-quoted or back-quoted arguments.
 */
final class ModFileLines {

    /** One statement: its verb, its arguments (unquoted), and its line number. */
    record Statement(String verb, List<String> args, int line) {
    }

    /** The statements, and what could not be read, with file and line. */
    record Parsed(List<Statement> statements, List<String> problems) {
    }

    private ModFileLines() {
    }

    static Parsed parse(String file, String text) {
        List<Statement> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String blockVerb = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            List<String> tokens;
            try {
                tokens = tokens(lines[i]);
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + lineNo + ": " + e.getMessage());
                continue;
            }
            if (tokens.isEmpty()) {
                continue;
            }
            if (blockVerb != null) {
                if (tokens.size() == 1 && tokens.get(0).equals(")")) {
                    blockVerb = null;
                } else {
                    out.add(new Statement(blockVerb, tokens, lineNo));
                }
                continue;
            }
            if (tokens.size() == 2 && tokens.get(1).equals("(")) {
                blockVerb = tokens.get(0);
                continue;
            }
            out.add(new Statement(tokens.get(0), tokens.subList(1, tokens.size()), lineNo));
        }
        if (blockVerb != null) {
            problems.add(file + ": unterminated " + blockVerb + " block");
        }
        return new Parsed(out, problems);
    }

    /** The tokens of one line, comments dropped, quoted strings unquoted. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (line.startsWith("//", i)) {
                break;
            } else if (c == '"') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                for (; j < n && line.charAt(j) != '"'; j++) {
                    if (line.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    s.append(line.charAt(j));
                }
                if (j >= n) {
                    throw new IllegalArgumentException("unterminated quoted string");
                }
                tokens.add(s.toString());
                i = j + 1;
            } else if (c == '`') {
                int end = line.indexOf('`', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated raw string");
                }
                tokens.add(line.substring(i + 1, end));
                i = end + 1;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int j = i;
                while (j < n && !Character.isWhitespace(line.charAt(j)) && line.charAt(j) != '"' && line.charAt(j) != '('
                        && line.charAt(j) != ')' && !line.startsWith("//", j)) {
                    j++;
                }
                tokens.add(line.substring(i, j));
                i = j;
            }
        }
        return tokens;
    }
}
