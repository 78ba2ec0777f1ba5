package jp.mimamo.noren.statistics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups behind head office's figures, written to directly (as the owner would see any application write) and read
 * back as the stats role: each figure after inserts, updates, status changes and deletes, and always equal to the
 * same figure counted from scratch.
 */
@MicronautTest
class RegionYearRollupTest extends ApiTestBase {
    private static final String REGION = "rollup-sql";

    @BeforeAll
    void aRegionWithACentre() throws SQLException {
        regions.ensure(new Region(REGION, "集計検証", "Rollup check"));
        owner("insert into centres (region_id, id, name, phone) values ('" + REGION + "', 990001, '集計センター', '03-0000-0000')");
    }

    @Test
    void registrantsJoinInTheirConsentYearAndLeaveInTheYearTheirStatusChanged() throws SQLException {
        owner(registrant(990101, "2024-05-01") + "; " + registrant(990102, "2025-02-01") + "; " + registrant(990103, "2025-06-01"));
        assertThat(figures(2024)).containsEntry("registrants_joined", 2L).doesNotContainKey("registrants_left");
        assertThat(figures(2025)).containsEntry("registrants_joined", 1L);

        owner("update registrants set status = 'moved', status_since = '2025-07-01' where region_id = '" + REGION + "' and id = 990101");
        assertThat(figures(2025)).containsEntry("registrants_left", 1L);
        owner("update registrants set phone = '03-1111-1111' where region_id = '" + REGION + "' and id = 990102");
        owner("update registrants set status = 'active', status_since = '2025-08-01' where region_id = '" + REGION + "' and id = 990101");
        assertThat(figures(2025)).containsEntry("registrants_left", 0L);
        owner("delete from registrants where region_id = '" + REGION + "' and id = 990103");
        assertThat(figures(2025)).containsEntry("registrants_joined", 0L);
        assertThat(figures(2024)).containsEntry("registrants_joined", 2L);
        assertThat(rebuiltRegistrants()).isEqualTo(Map.of(2024, 2L, 2025, 0L));
    }

    @Test
    void emergencyLookupsCountOnlyLookupRowsOfTheAccessLog() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("alter table access_log drop constraint access_log_action_check");
            st.execute("insert into access_log (region_id, at, username, action, access) values ('" + REGION
                    + "', '2025-04-01 08:00+09', 'responder', 'lookup', 'limited'), ('" + REGION
                    + "', '2025-03-31 23:59+09', 'responder', 'lookup', 'limited'), ('" + REGION
                    + "', '2025-05-01 10:00+09', 'staff', 'read', 'full')");
            try (ResultSet rs = st.executeQuery("select fiscal_year, value from region_year_counts where region_id = '" + REGION
                    + "' and figure = 'emergency_lookups' order by 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2024);
                assertThat(rs.getLong(2)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2025);
                assertThat(rs.getLong(2)).isEqualTo(1);
                assertThat(rs.next()).isFalse();
            }
            c.rollback();
        }
    }

    @Test
    void seminarFiguresFollowSessionsOrganisersAndAttendance() throws SQLException {
        String r = "'" + REGION + "'";
        owner("insert into seminars (region_id, id, kind, title, capacity) values (" + r + ", 990201, 'series', '集計講座', 30);"
                + "insert into seminar_organisers (region_id, seminar_id, position, name, role, part) values"
                + " (" + r + ", 990201, 1, 'A', 'medical', 'host'), (" + r + ", 990201, 2, 'B', 'care', 'lecture');"
                + "insert into seminar_sessions (region_id, id, seminar_id, starts_at, ends_at) values"
                + " (" + r + ", 990301, 990201, '2024-06-01 10:00+09', '2024-06-01 12:00+09'),"
                + " (" + r + ", 990302, 990201, '2025-06-01 10:00+09', '2025-06-01 12:00+09'),"
                + " (" + r + ", 990303, 990201, '2025-07-01 10:00+09', '2025-07-01 12:00+09'),"
                + " (" + r + ", 990304, 990201, now() + interval '400 days', now() + interval '400 days 2 hours');"
                + "insert into seminar_participants (region_id, id, name, name_kana, search_key, check_in_code) values"
                + " (" + r + ", 990401, 'x', 'x', 'x', 'c1'), (" + r + ", 990402, 'y', 'y', 'y', 'c2'), (" + r + ", 990403, 'z', 'z', 'z', 'c3');"
                + "insert into seminar_registrations (region_id, id, session_id, participant_id, channel, status, attended_at, created_by) values"
                + " (" + r + ", 990501, 990301, 990401, 'phone', 'registered', now(), 't'),"
                + " (" + r + ", 990502, 990302, 990401, 'phone', 'registered', now(), 't'),"
                + " (" + r + ", 990503, 990303, 990401, 'phone', 'registered', now(), 't'),"
                + " (" + r + ", 990504, 990302, 990402, 'phone', 'registered', now(), 't'),"
                + " (" + r + ", 990505, 990303, 990403, 'phone', 'registered', null, 't')");
        assertThat(figures(2025)).containsEntry("sessions_held", 2L).containsEntry("sessions_rule_of_three", 0L)
                .containsEntry("attendances", 3L).containsEntry("participants", 2L).containsEntry("returning_participants", 1L);
        assertThat(figures(2024)).containsEntry("participants", 1L).containsEntry("returning_participants", 0L);

        owner("insert into seminar_organisers (region_id, seminar_id, position, name, role, part) values (" + r + ", 990201, 3, 'C', 'business', 'support')");
        assertThat(figures(2025)).containsEntry("sessions_rule_of_three", 2L);
        owner("update seminar_registrations set attended_at = now() where region_id = " + r + " and id = 990505");
        assertThat(figures(2025)).containsEntry("attendances", 4L).containsEntry("participants", 3L);
        owner("update seminar_sessions set cancelled_at = now() where region_id = " + r + " and id = 990303");
        assertThat(figures(2025)).containsEntry("sessions_held", 1L).containsEntry("attendances", 2L).containsEntry("participants", 2L);
        owner("update seminar_sessions set starts_at = '2024-07-01 10:00+09', ends_at = '2024-07-01 12:00+09' where region_id = " + r
                + " and id = 990302");
        assertThat(figures(2024)).containsEntry("sessions_held", 2L).containsEntry("attendances", 3L).containsEntry("participants", 2L);
        assertThat(figures(2025)).containsEntry("sessions_held", 0L).containsEntry("attendances", 0L).containsEntry("participants", 0L);
        owner("delete from seminar_organisers where region_id = " + r + " and position = 3");
        assertThat(figures(2024)).containsEntry("sessions_rule_of_three", 0L);
        owner("update seminar_registrations set attended_at = null where region_id = " + r + " and id = 990501");
        assertThat(figures(2024)).containsEntry("attendances", 2L).containsEntry("participants", 2L);
        assertThat(rows("select participant_id || ':' || fiscal_year || ':' || attendances from seminar_attendance_facts"
                + " where region_id = " + r + " order by 1"))
                .as("the participant keys kept by the triggers equal a count from scratch")
                .isEqualTo(rows("select r.participant_id || ':' || fiscal_year_of(s.starts_at) || ':' || count(*)"
                        + " from seminar_registrations r join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id"
                        + " where r.region_id = " + r + " and r.attended_at is not null and s.cancelled_at is null"
                        + " group by r.participant_id, fiscal_year_of(s.starts_at) order by 1"));
    }

    private static java.util.List<String> rows(String sql) throws SQLException {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    @Test
    void thePopulationARegionEntersReachesTheStatsRole() throws SQLException {
        owner("insert into region_statistics_settings (region_id, aged_65_plus, updated_by) values ('" + REGION + "', 12345, 't')"
                + " on conflict (region_id) do update set aged_65_plus = 12345");
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement();
             ResultSet rs = st.executeQuery("select aged_65_plus from region_population_figures where region_id = '" + REGION + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(12345);
        }
    }

    private static String registrant(long id, String consented) {
        return "insert into registrants (region_id, id, centre_id, name, name_kana, birth_date, sex, address, living_situation,"
                + " consent_form_version, consented_on, status_since, created_by) values ('" + REGION + "', " + id
                + ", 990001, '集計 一郎', 'シュウケイ イチロウ', '1940-01-01', 'male', '大田区', 'alone', 'v1', '" + consented + "', '"
                + consented + "', 't')";
    }

    /** One fiscal year's raw figures of the region, as head office's role reads them. */
    private static Map<String, Long> figures(int year) throws SQLException {
        Map<String, Long> figures = new TreeMap<>();
        try (Connection stats = TestDatabase.get().connect(EmbeddedDatabase.STATS); Statement st = stats.createStatement();
             ResultSet rs = st.executeQuery("select figure, value from region_year_figures where region_id = '" + REGION
                     + "' and fiscal_year = " + year)) {
            while (rs.next()) {
                figures.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return figures;
    }

    private static Map<Integer, Long> rebuiltRegistrants() throws SQLException {
        Map<Integer, Long> joined = new TreeMap<>();
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select y, (select count(*) from registrants where region_id = '" + REGION
                     + "' and fiscal_year_of(consented_on) = y) from (values (2024), (2025)) v(y)")) {
            while (rs.next()) {
                joined.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return joined;
    }

    /** As the application writes: with the region set, which the triggers' reads of other tables need. */
    private static void owner(String sql) throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement()) {
            st.execute("select set_config('app.region_id', '" + REGION + "', false)");
            st.execute(sql);
        }
    }
}
