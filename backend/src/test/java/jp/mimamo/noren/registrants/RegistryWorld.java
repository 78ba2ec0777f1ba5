package jp.mimamo.noren.registrants;

import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestTokens;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region with two centres (大森 and 入新井) for registry tests: its admin, a staff member of each centre, and a
 * staff member assigned to none. Setting it up twice in one database reuses the centres.
 */
public record RegistryWorld(String region, Api admin, Api staff, Api otherStaff, Api unassignedStaff, long centre,
                            long otherCentre) {

    public static RegistryWorld in(Api api, String region) {
        Api admin = api.as(TestTokens.regionAdmin(region));
        long centre = centre(admin, region, "大森地域包括支援センター", "03-3762-1111");
        long other = centre(admin, region, "入新井地域包括支援センター", "03-3766-2222");
        assign(admin, region, centre, staffName(region));
        assign(admin, region, other, region + "-other-staff");
        return new RegistryWorld(region, admin, api.as(TestTokens.centreStaff(region)),
                api.as(TestTokens.token(region + "-other-staff", List.of("centre-staff"), List.of(region))),
                api.as(TestTokens.token(region + "-new-staff", List.of("centre-staff"), List.of(region))), centre, other);
    }

    public static String staffName(String region) {
        return region + "-staff";
    }

    public String path(String rest) {
        return "/api/v1/regions/" + region + rest;
    }

    /** Registers as the first centre's staff and returns the new id. */
    public long register(RegistrantFixtures registrant) {
        Api.Reply reply = staff.post(path("/registrants"), registrant.json());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").getLongValue();
    }

    /** Issues the first keychain and returns its number. */
    public String issueKeychain(long registrant) {
        Api.Reply reply = staff.post(path("/registrants/" + registrant + "/keychains"), "{}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("issued").get("number").getStringValue();
    }

    private static long centre(Api admin, String region, String name, String phone) {
        Api.Reply list = admin.get("/api/v1/regions/" + region + "/centres");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (var centre : list.json().values()) {
            if (centre.get("name").getStringValue().equals(name)) {
                return centre.get("id").getLongValue();
            }
        }
        Api.Reply created = admin.post("/api/v1/regions/" + region + "/centres", "{\"name\":\"" + name + "\",\"phone\":\"" + phone
                + "\",\"address\":\"東京都大田区\",\"openingHours\":\"平日 8:30〜17:15\",\"afterHoursContact\":\"大森警察署\","
                + "\"afterHoursPhone\":\"03-3762-0110\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").getLongValue();
    }

    private static void assign(Api admin, String region, long centre, String username) {
        Api.Reply reply = admin.put("/api/v1/regions/" + region + "/centres/" + centre + "/staff/" + username, "{}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
