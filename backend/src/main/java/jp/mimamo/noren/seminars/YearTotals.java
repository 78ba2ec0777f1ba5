package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.FiscalYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The participation figures a region reports for a fiscal year, from the sessions held in it and their
 * registrations. 講座数 counts sessions held (not cancelled, already begun); 延べ参加者数 counts every attendance;
 * 実人数 counts each person once; a first-timer is someone whose first attendance anywhere in the region falls in the
 * year; a no-show held a seat and did not come; a walk-in came without applying.
 */
final class YearTotals {
    private YearTotals() {
    }

    /** A session held in the year, with whether its seminar meets the rule of three. */
    record HeldSession(long sessionId, long seminarId, String title, String kind, LocalDate date, boolean ruleOfThree) {
    }

    /** A registration holding a seat in a held session; {@code firstAttended} is the person's first attendance ever. */
    record Seat(long sessionId, long participantId, boolean attended, boolean walkIn, LocalDate firstAttended) {
    }

    static YearReport of(FiscalYear year, String label, List<HeldSession> sessions, List<Seat> seats) {
        Map<Long, HeldSession> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.sessionId(), s));
        Map<Long, SeminarTally> bySeminar = new LinkedHashMap<>();
        int[] monthSessions = new int[12];
        int[] monthAttendances = new int[12];
        for (HeldSession s : sessions) {
            bySeminar.computeIfAbsent(s.seminarId(), id -> new SeminarTally(s)).sessions++;
            monthSessions[monthIndex(s.date())]++;
        }
        Set<Long> unique = new HashSet<>();
        Set<Long> firstTimers = new HashSet<>();
        int attendances = 0;
        int noShows = 0;
        int walkIns = 0;
        for (Seat seat : seats) {
            HeldSession session = byId.get(seat.sessionId());
            if (session == null) {
                continue;
            }
            SeminarTally tally = bySeminar.get(session.seminarId());
            if (seat.attended()) {
                attendances++;
                tally.attended++;
                tally.people.add(seat.participantId());
                monthAttendances[monthIndex(session.date())]++;
                unique.add(seat.participantId());
                if (seat.firstAttended() != null && year.contains(seat.firstAttended())) {
                    firstTimers.add(seat.participantId());
                }
                if (seat.walkIn()) {
                    walkIns++;
                    tally.walkIns++;
                }
            } else {
                noShows++;
                tally.noShows++;
            }
        }
        int seminarsMeetingRule = (int) bySeminar.values().stream().filter(t -> t.session.ruleOfThree()).count();
        int sessionsMeetingRule = (int) sessions.stream().filter(HeldSession::ruleOfThree).count();
        List<YearReport.Month> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new YearReport.Month(year.firstDay().plusMonths(i).getYear(), year.firstDay().plusMonths(i).getMonthValue(),
                    monthSessions[i], monthAttendances[i]));
        }
        List<YearReport.SeminarLine> lines = bySeminar.values().stream().map(t -> new YearReport.SeminarLine(t.session.seminarId(),
                t.session.title(), t.session.kind(), t.sessions, t.attended, t.people.size(), t.noShows, t.walkIns,
                t.session.ruleOfThree())).toList();
        return new YearReport(year.startYear(), label, sessions.size(), attendances, unique.size(), firstTimers.size(),
                unique.size() - firstTimers.size(), noShows, walkIns, bySeminar.size(), seminarsMeetingRule, sessionsMeetingRule,
                share(seminarsMeetingRule, bySeminar.size()), months, lines);
    }

    /** April is 0, March is 11. */
    private static int monthIndex(LocalDate date) {
        return (date.getMonthValue() + 8) % 12;
    }

    /** A share rounded to a tenth of a percent, 0 when there is nothing to share. */
    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static final class SeminarTally {
        final HeldSession session;
        final Set<Long> people = new HashSet<>();
        int sessions;
        int attended;
        int noShows;
        int walkIns;

        SeminarTally(HeldSession session) {
            this.session = session;
        }
    }
}
