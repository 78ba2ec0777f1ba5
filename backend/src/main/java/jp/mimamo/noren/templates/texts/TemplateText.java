package jp.mimamo.noren.templates.texts;

import jp.mimamo.noren.documents.TemplateKind;
import jp.mimamo.noren.documents.TextTemplate;
import jp.mimamo.noren.shared.FormErrors;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A subject and body as an editor sent them, with line endings made {@code \n}, and the rules every version and
 * override must pass: the subject (only for kinds that have one) is one line, every brace pairs up, and every
 * placeholder is one the kind offers. Each problem is reported on its own, in the caller's language.
 */
record TemplateText(String subject, String body) {
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;
    static final int MAX_LINES = 300;
    private static final int MAX_PROBLEMS_SHOWN = 20;

    /** The text to store, or null when {@code errors} now holds a reason to refuse it. */
    static TemplateText checked(TemplateKind kind, String subject, String body, FormErrors errors) {
        String cleanSubject = kind.hasSubject() && subject != null ? normalised(subject.strip()) : null;
        String cleanBody = normalised(body);
        if (kind.hasSubject()) {
            if (cleanSubject == null || cleanSubject.isBlank()) {
                errors.reject("subject", "validation.required");
            } else if (cleanSubject.contains("\n")) {
                errors.reject("subject", "validation.template.oneLine");
            } else if (cleanSubject.length() > MAX_SUBJECT) {
                errors.reject("subject", "validation.tooLong", MAX_SUBJECT);
            } else {
                placeholders(kind, "subject", cleanSubject, errors);
            }
        }
        if (cleanBody == null || cleanBody.isBlank()) {
            errors.reject("body", "validation.required");
        } else if (cleanBody.length() > MAX_BODY) {
            errors.reject("body", "validation.tooLong", MAX_BODY);
        } else if (cleanBody.lines().count() > MAX_LINES) {
            errors.reject("body", "validation.template.tooManyLines", MAX_LINES);
        } else {
            placeholders(kind, "body", cleanBody, errors);
        }
        return errors.has("subject") || errors.has("body") ? null : new TemplateText(cleanSubject, cleanBody);
    }

    boolean sameAs(String otherSubject, String otherBody) {
        return Objects.equals(subject, otherSubject) && body.equals(otherBody);
    }

    private static void placeholders(TemplateKind kind, String field, String text, FormErrors errors) {
        List<TextTemplate.Problem> problems = TextTemplate.check(text, kind.names());
        String offered = kind.names().stream().map(name -> "{" + name + "}").collect(Collectors.joining("、"));
        for (TextTemplate.Problem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))) {
            switch (problem.kind()) {
                case UNKNOWN_PLACEHOLDER -> errors.reject(field, "validation.template.unknownPlaceholder",
                        problem.line(), problem.column(), problem.name(), offered);
                case EMPTY_PLACEHOLDER -> errors.reject(field, "validation.template.emptyPlaceholder", problem.line(), problem.column());
                case UNCLOSED_BRACE -> errors.reject(field, "validation.template.unclosedBrace", problem.line(), problem.column());
                case UNOPENED_BRACE -> errors.reject(field, "validation.template.unopenedBrace", problem.line(), problem.column());
            }
        }
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            errors.reject(field, "validation.template.moreProblems", problems.size() - MAX_PROBLEMS_SHOWN);
        }
    }

    private static String normalised(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
