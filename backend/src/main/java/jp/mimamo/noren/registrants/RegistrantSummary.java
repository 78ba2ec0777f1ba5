package jp.mimamo.noren.registrants;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A line of the registrant list: enough to recognise a person and their centre, never their address, birth
 * date or medical notes. {@code number} is the keychain number in force, if any.
 */
@Serdeable
public record RegistrantSummary(long id, String name, String nameKana, long centreId, String centreName, String status,
                                LocalDate statusSince, String number, boolean erased, int version) {
}
