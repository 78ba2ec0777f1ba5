package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

/** What one send run did: mailed, failed (retry later), to print (no address), skipped (already done). */
@Serdeable
public record SendReport(String step, int sent, int failed, int toPrint, int skipped) {
}
