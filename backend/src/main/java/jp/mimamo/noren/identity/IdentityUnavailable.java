package jp.mimamo.noren.identity;

/** Keycloak or its mail server could not do what was asked; the caller sees a 503 and may retry. */
public class IdentityUnavailable extends RuntimeException {
    public IdentityUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
