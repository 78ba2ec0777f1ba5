package jp.mimamo.noren.templates.texts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The region's own text in force: which revision, the head-office version it is based on, who saved it and when. */
@Serdeable
public record RegionOverride(int revision, int baseVersion, String subject, String body, String actor, Instant at) {
}
