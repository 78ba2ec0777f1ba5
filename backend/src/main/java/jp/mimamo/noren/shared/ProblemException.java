package jp.mimamo.noren.shared;

import java.util.List;

/**
 * Thrown by features to answer with a problem document. Carries message keys, not texts: the
 * handler renders them in the caller's language.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemType type, List<FieldError> errors, String detailKey, Object... detailArgs) {
        super(type.name() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail");
    }

    public static ProblemException staleVersion() {
        return new ProblemException(ProblemType.STALE_VERSION, "problem.stale-version.detail");
    }

    public static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
