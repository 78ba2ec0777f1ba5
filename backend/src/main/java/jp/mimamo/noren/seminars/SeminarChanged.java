package jp.mimamo.noren.seminars;

/**
 * Published after a change that may alter what a region's public calendar shows: a seminar, a session, a venue or a
 * registration was written. Listeners (the calendar cache) drop what they hold for the region.
 */
public record SeminarChanged(String regionCode) {
}
