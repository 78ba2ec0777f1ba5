package jp.mimamo.noren.users;

/** Keycloak or its mail server could not do what was asked; the caller sees a 503 and may retry. */
class IdentityUnavailable extends RuntimeException {
    IdentityUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
