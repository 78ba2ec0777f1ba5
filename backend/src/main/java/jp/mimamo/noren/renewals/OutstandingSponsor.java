package jp.mimamo.noren.renewals;

import io.micronaut.serde.annotation.Serdeable;

/** A sponsor who has not answered yet (未回答), with what to ask them for. */
@Serdeable
public record OutstandingSponsor(long sponsorId, String name, String nameKana, String categoryCode, String phone,
                                 String email, int units, int fee, int version) {
}
