package jp.mimamo.noren.renewals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Which step to send (request, reminder-1, reminder-2) and the answer due date printed in it. */
@Serdeable
public record SendForm(@Nullable String step, @Nullable LocalDate dueDate) {
}
