package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Someone who used to come (two attendances or more) and has not come for the weeks asked about, nor applied again. */
@Serdeable
public record LapsedParticipant(long participantId, String name, String nameKana, String phone, String email, int attendances,
                                LocalDate lastAttendedOn, String lastSeminarTitle, int weeksAway) {
}
