package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record VenueView(long id, String name, String address, Integer capacity, String notes, boolean archived, int version) {
}
