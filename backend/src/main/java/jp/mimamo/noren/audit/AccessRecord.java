package jp.mimamo.noren.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One line of "この記録を見た人" (who looked at this record), newest first. Addresses stay in the export. */
@Serdeable
public record AccessRecord(long id, Instant at, String username, String displayName, List<String> roles,
                           String centreName, String action, List<String> sections, String access, String purpose,
                           String outcome) {
}
