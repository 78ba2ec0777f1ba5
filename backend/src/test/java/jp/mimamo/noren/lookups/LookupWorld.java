package jp.mimamo.noren.lookups;

import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Responder organisations and responders for look-up tests, and what the database holds afterwards. */
final class LookupWorld {
    private LookupWorld() {
    }

    static long organisation(Api admin, String region, String name, String kind, boolean approved) {
        Api.Reply created = admin.post("/api/v1/regions/" + region + "/responder-organisations",
                "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"phone\":\"03-3775-3111\",\"approved\":" + approved + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").getLongValue();
    }

    /** A responder of {@code region}, made a member of the organisation (none when {@code organisation} is null). */
    static Api responder(Api api, Api admin, String region, String username, Long organisation) {
        if (organisation != null) {
            Api.Reply assigned = admin.put("/api/v1/regions/" + region + "/responder-organisations/" + organisation
                    + "/members/" + username, "{}");
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        }
        return api.as(TestTokens.token(username, List.of("responder"), List.of(region)));
    }

    static String lookUp(String number, String reason) {
        return "{\"number\":\"" + number + "\",\"reason\":\"" + reason + "\"}";
    }

    static long registrantWithConsent(RegistryWorld world, String name, List<String> discloseTo) {
        return world.register(RegistrantFixtures.aResident().with("name", name).with("consent",
                java.util.Map.of("formVersion", "2024年4月版", "consentedOn", "2025-06-01", "discloseTo", discloseTo)));
    }

    static void centreEmail(String region, long centre, String email) {
        sql("update centres set email = '" + email + "' where region_id = '" + region + "' and id = " + centre);
    }

    static long count(String sql) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sql(String sql) {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
