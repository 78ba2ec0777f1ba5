package jp.mimamo.noren.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document's text with placeholders such as {@code {sponsorName}}, checked against the names its kind offers and
 * then filled in. Braces are reserved for placeholders: a <code>{</code> must be closed by <code>}</code> on the same
 * line, and a <code>}</code> must close one. Full-width ｛｝ are ordinary text. Lines and columns in problems count
 * from 1, columns in characters as a person sees them.
 */
public final class TextTemplate {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private TextTemplate() {
    }

    /** What is wrong with a text, in the order it appears; empty when it can be filled in. */
    public static List<Problem> check(String text, Collection<String> allowed) {
        List<Problem> problems = new ArrayList<>();
        scan(text, new Visitor() {
            @Override
            public void placeholder(String name, int line, int column) {
                if (!allowed.contains(name)) {
                    problems.add(new Problem(Kind.UNKNOWN_PLACEHOLDER, line, column, name));
                }
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        return problems;
    }

    /**
     * The text with every placeholder replaced by its value. Only for texts that passed {@link #check}: a problem or a
     * placeholder without a value is a programming error.
     */
    public static String fill(String text, Map<String, String> values) {
        StringBuilder filled = new StringBuilder(text.length() + 256);
        scan(text, new Visitor() {
            @Override
            public void literal(String part) {
                filled.append(part);
            }

            @Override
            public void placeholder(String name, int line, int column) {
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("No value for {" + name + "} at line " + line);
                }
                filled.append(value);
            }

            @Override
            public void problem(Problem problem) {
                throw new IllegalArgumentException("Template cannot be filled: " + problem);
            }
        });
        return filled.toString();
    }

    private static void scan(String text, Visitor visitor) {
        int line = 1;
        int lineStart = 0;
        int literalStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (c == '{') {
                int column = column(text, lineStart, i);
                int end = i + 1;
                while (end < text.length() && "{}\n".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == '}') {
                    visitor.literal(text.substring(literalStart, i));
                    String name = text.substring(i + 1, end);
                    if (name.isEmpty()) {
                        visitor.problem(new Problem(Kind.EMPTY_PLACEHOLDER, line, column, name));
                    } else if (!NAME.matcher(name).matches()) {
                        visitor.problem(new Problem(Kind.UNKNOWN_PLACEHOLDER, line, column, name));
                    } else {
                        visitor.placeholder(name, line, column);
                    }
                    i = end + 1;
                    literalStart = i;
                } else {
                    visitor.problem(new Problem(Kind.UNCLOSED_BRACE, line, column, null));
                    i++;
                }
            } else if (c == '}') {
                visitor.problem(new Problem(Kind.UNOPENED_BRACE, line, column(text, lineStart, i), null));
                i++;
            } else {
                i++;
            }
        }
        visitor.literal(text.substring(literalStart));
    }

    private static int column(String text, int lineStart, int index) {
        return text.codePointCount(lineStart, index) + 1;
    }

    private interface Visitor {
        default void literal(String part) {
        }

        void placeholder(String name, int line, int column);

        void problem(Problem problem);
    }

    /** What kind of mistake: a name the document does not offer, <code>{}</code>, a lone <code>{</code> or <code>}</code>. */
    public enum Kind {
        UNKNOWN_PLACEHOLDER, EMPTY_PLACEHOLDER, UNCLOSED_BRACE, UNOPENED_BRACE
    }

    /** One mistake, where it starts; {@code name} is what stood between the braces, or null for a lone brace. */
    public record Problem(Kind kind, int line, int column, String name) {
    }
}
