package jp.mimamo.noren.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem document; {@code type} is stable, {@code title} and {@code detail} are localised. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String TYPE_BASE = "https://noren.mimamo.jp/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
}
