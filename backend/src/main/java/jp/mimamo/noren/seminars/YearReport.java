package jp.mimamo.noren.seminars;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A fiscal year of seminars as a region reports it (e.g. 430 講座 / 延べ 4,950 名). {@code ruleOfThreePercent} is the
 * share of the year's seminars run by three or more organisations with different roles.
 */
@Serdeable
public record YearReport(int fiscalYear, String fiscalYearLabel, int sessionsHeld, int attendances, int uniqueParticipants,
                         int firstTimers, int returning, int noShows, int walkIns, int seminars, int seminarsMeetingRuleOfThree,
                         int sessionsMeetingRuleOfThree, double ruleOfThreePercent, List<Month> months, List<SeminarLine> bySeminar) {

    @Serdeable
    public record Month(int year, int month, int sessions, int attendances) {
    }

    @Serdeable
    public record SeminarLine(long seminarId, String title, String kind, int sessions, int attendances, int uniqueParticipants,
                              int noShows, int walkIns, boolean ruleOfThree) {
    }
}
