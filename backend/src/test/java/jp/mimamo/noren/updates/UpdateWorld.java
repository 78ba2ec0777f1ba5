package jp.mimamo.noren.updates;

import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A registry world with helpers for birth-month updates: residents born in a given month, contacts, raw counts. */
record UpdateWorld(RegistryWorld registry) {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    static YearMonth thisMonth() {
        return YearMonth.now(TOKYO);
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    /** A resident of the first centre born in {@code month} (80 years ago) who consented two years ago. */
    long bornIn(YearMonth month, String name, String kana) {
        return registry.register(resident(month, name, kana, today().minusYears(2)));
    }

    static RegistrantFixtures resident(YearMonth month, String name, String kana, LocalDate consentedOn) {
        return RegistrantFixtures.aResident().with("name", name).with("nameKana", kana)
                .with("birthDate", month.minusYears(80).atDay(Math.min(15, month.lengthOfMonth())).toString())
                .with("consent", Map.of("formVersion", "2024年4月版", "consentedOn", consentedOn.toString(),
                        "discloseTo", List.of("hospital")));
    }

    Api.Reply worklist(YearMonth month) {
        return registry.staff().get(registry.path("/updates/worklist?year=" + month.getYear() + "&month=" + month.getMonthValue()));
    }

    int version(long registrant) {
        return registry.staff().get(registry.path("/registrants/" + registrant)).json().get("version").getIntValue();
    }

    Api.Reply contact(long registrant, int version, String method, String outcome, String extra) {
        return registry.staff().post(registry.path("/updates/contacts"), "{\"registrantId\":" + registrant + ",\"registrantVersion\":"
                + version + ",\"method\":\"" + method + "\",\"outcome\":\"" + outcome + "\"" + extra + "}");
    }

    Api.Reply contact(long registrant, String method, String outcome, String extra) {
        return contact(registrant, version(registrant), method, outcome, extra);
    }

    /** The cycle of an earlier month, as it would have been opened when that month began. */
    void openedIn(YearMonth month, long registrant) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(
                "insert into birth_month_cycles (region_id, registrant_id, year, month, opened_at) values (?, ?, ?, ?, ?)")) {
            ps.setString(1, registry.region());
            ps.setLong(2, registrant);
            ps.setInt(3, month.getYear());
            ps.setInt(4, month.getMonthValue());
            ps.setObject(5, month.atDay(1).atStartOfDay(TOKYO).toOffsetDateTime());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... args) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The head-office rollup's (due, done) for one region and month. */
    static long[] rollup(String region, YearMonth month) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(
                "select due_count, done_count from update_completion_counts where region_id = ? and year = ? and month = ?")) {
            ps.setString(1, region);
            ps.setInt(2, month.getYear());
            ps.setInt(3, month.getMonthValue());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Long> ids(Api.Reply worklist) {
        assertThat(worklist.status()).as(worklist.toString()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        worklist.json().get("items").values().forEach(i -> ids.add(i.get("registrantId").getLongValue()));
        return ids;
    }
}
