package jp.mimamo.noren.updates;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * One registrant on a centre's birth-month worklist, with the data as recorded now and when it was last confirmed
 * ({@code lastUpdatedOn}: the last completed update, or the consent when there has been none).
 *
 * @param monthsOverdue 0 for the month's own list; more for a cycle carried over (持ち越し) from an earlier month
 * @param attempts      contacts already made for this cycle (each could not reach the person)
 */
@Serdeable
public record WorklistItem(long registrantId, int version, String name, String nameKana, LocalDate birthDate, int age,
                           String postalCode, String address, String phone, String livingSituation, String careLevel,
                           int cycleYear, int cycleMonth, int monthsOverdue, LocalDate lastUpdatedOn, boolean neverUpdated,
                           int attempts, LastContact lastContact, String firstContactName, String firstContactRelation,
                           String firstContactPhone) {

    /** The latest contact of any outcome, so staff see "last tried on … by phone, no answer" at a glance. */
    @Serdeable
    public record LastContact(LocalDate contactedOn, String method, String outcome, boolean followUp) {
    }
}
