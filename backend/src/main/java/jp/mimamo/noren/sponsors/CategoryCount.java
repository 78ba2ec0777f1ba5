package jp.mimamo.noren.sponsors;

import io.micronaut.serde.annotation.Serdeable;

/** Active sponsors of one category in a region (協賛病院 4, 協賛施設 6 …). */
@Serdeable
public record CategoryCount(String categoryCode, long count) {
}
