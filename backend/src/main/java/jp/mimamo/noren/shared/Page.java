package jp.mimamo.noren.shared;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a list; {@code page} is 0-based. */
@Serdeable
public record Page<T>(List<T> items, long total, int page, int size) {
}
