package jp.mimamo.noren.shared;

import io.micronaut.serde.annotation.Serdeable;

/** One rejected field of a request, already in the caller's language. */
@Serdeable
public record FieldError(String field, String message) {
}
