package jp.mimamo.noren.registrants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The medical part of a record (持病・服薬・かかりつけ): shown only in the full record. */
@Serdeable
public record MedicalNotes(@Nullable String conditions, @Nullable String medication, @Nullable String allergies,
                           @Nullable String familyDoctor, @Nullable String familyDoctorPhone, @Nullable String hospital,
                           @Nullable String notes) {
}
