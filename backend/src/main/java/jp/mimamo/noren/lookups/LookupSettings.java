package jp.mimamo.noren.lookups;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Rate limits of the look-up: how many look-ups one responder, and one organisation, may make in any 60 seconds.
 * Zero turns a limit off (the benchmark does, so that it measures the look-up and not the limit).
 */
@ConfigurationProperties("noren.lookups")
public record LookupSettings(int perResponderPerMinute, int perOrganisationPerMinute) {
}
