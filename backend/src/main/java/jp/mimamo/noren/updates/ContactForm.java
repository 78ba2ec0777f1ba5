package jp.mimamo.noren.updates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One contact made for a registrant's birth-month update.
 *
 * @param registrantVersion the version of the record the contact confirms (after any change made through the normal
 *                          registrant update); another version is a 409
 * @param changedFields     the parts of the record changed at this update (names of the registrant form's fields)
 * @param concern           anything the person or their connections raised (a つながり touchpoint)
 * @param followUp          要フォロー: the centre must follow the concern up
 */
@Serdeable
public record ContactForm(@Nullable Long registrantId, @Nullable Integer registrantVersion, @Nullable LocalDate contactedOn,
                          @Nullable String method, @Nullable String outcome, @Nullable List<String> changedFields,
                          @Nullable String concern, @Nullable Boolean followUp) {
}
