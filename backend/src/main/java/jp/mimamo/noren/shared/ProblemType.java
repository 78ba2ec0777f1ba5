package jp.mimamo.noren.shared;

import io.micronaut.http.HttpStatus;

/** The stable problem types of the API and the status each one answers with. */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    STALE_VERSION("stale-version", HttpStatus.CONFLICT),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    /** The record exists but is not in a state that allows this (a receipt for a year not yet paid). */
    INVALID_STATE("invalid-state", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }

    public static ProblemType forStatus(int code) {
        for (ProblemType type : values()) {
            if (type.status.getCode() == code && type != CONFLICT && type != INVALID_STATE && type != VALIDATION) {
                return type;
            }
        }
        return code >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
