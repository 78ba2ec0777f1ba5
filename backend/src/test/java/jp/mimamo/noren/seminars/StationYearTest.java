package jp.mimamo.noren.seminars;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station's year from the slides at its real size: FY2017, 430 courses and 4,950 participants in all. The year is
 * written straight into the database (sessions cannot be planned in the past) and analysed, as autovacuum would after
 * such a load, then read back through the API.
 */
@MicronautTest
class StationYearTest extends ApiTestBase {
    private static final String REGION = "station-town";

    @Test
    void aYearOf430CoursesAnd4950ParticipantsIsReportedExactly() throws Exception {
        regions.ensure(new Region(REGION, "駅前町見守りネットワーク", "Station Town"));
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("""
                    insert into seminars (region_id, id, kind, title, capacity)
                    select 'station-town', 900000 + n, 'series', '講座' || n, 30 from generate_series(1, 43) n;
                    insert into seminar_organisers (region_id, seminar_id, position, name, role, part)
                    select 'station-town', 900000 + n, r.position, '団体' || r.position, r.role, 'host'
                    from generate_series(1, 43) n cross join (values (0, 'medical'), (1, 'care'), (2, 'shopping-street')) r(position, role)
                    where n <= 30 or r.position < 2;
                    insert into seminar_sessions (region_id, id, seminar_id, starts_at, ends_at)
                    select 'station-town', 910000 + s, 900000 + 1 + (s % 43),
                           timestamptz '2017-04-03 10:00+09' + make_interval(days => (s * 83) % 360),
                           timestamptz '2017-04-03 11:00+09' + make_interval(days => (s * 83) % 360)
                    from generate_series(0, 429) s;
                    insert into seminar_participants (region_id, id, name, name_kana, search_key, check_in_code)
                    select 'station-town', 920000 + p, '参加者' || p, 'サンカシャ', 'x', 'ST' || lpad(p::text, 6, '0')
                    from generate_series(1, 800) p;
                    insert into seminar_registrations (region_id, session_id, participant_id, channel, status, attended_at, created_by)
                    select 'station-town', 910000 + s, 920000 + 1 + ((s * 37 + k * 61) % 800), 'phone', 'registered',
                           case when k < 11 + (case when s < 220 then 1 else 0 end) then now() end, 'test'
                    from generate_series(0, 429) s cross join generate_series(0, 12) k;
                    """);
            st.execute("analyze seminar_sessions, seminar_registrations, seminar_participants, seminar_organisers, seminars");
        }
        Api staff = api().as(TestTokens.centreStaff(REGION));
        staff.get("/api/v1/regions/" + REGION + "/seminar-statistics/years/2016");
        long start = System.nanoTime();
        JsonNode year = staff.get("/api/v1/regions/" + REGION + "/seminar-statistics/years/2017").json();
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(year.get("fiscalYearLabel").getStringValue()).isEqualTo("平成29年度");
        assertThat(year.get("sessionsHeld").getIntValue()).isEqualTo(430);
        assertThat(year.get("attendances").getIntValue()).isEqualTo(4950);
        assertThat(year.get("noShows").getIntValue()).isEqualTo(430 * 13 - 4950);
        assertThat(year.get("uniqueParticipants").getIntValue()).isEqualTo(800);
        assertThat(year.get("firstTimers").getIntValue()).isEqualTo(800);
        assertThat(year.get("seminars").getIntValue()).isEqualTo(43);
        assertThat(year.get("seminarsMeetingRuleOfThree").getIntValue()).isEqualTo(30);
        assertThat(year.get("ruleOfThreePercent").getDoubleValue()).isEqualTo(69.8);
        System.out.printf("Year report for 430 sessions and 5,590 registrations: %d ms%n", millis);
    }
}
