package jp.mimamo.noren.seminars.publicpage;

import io.micronaut.serde.annotation.Serdeable;

/** A fresh application form's token, to be sent back with the application. */
@Serdeable
public record FormTokenView(String formToken) {
}
