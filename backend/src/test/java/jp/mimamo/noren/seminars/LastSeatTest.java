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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static jp.mimamo.noren.seminars.SeminarFixtures.aMonthlySeminar;
import static jp.mimamo.noren.seminars.SeminarFixtures.application;
import static jp.mimamo.noren.seminars.SeminarFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity rule under load: fifty people applying at the same moment for the last seat. So that the applications
 * really do overlap on two cores, the test holds back every write to the registrations until as many applications as
 * the connection pool allows have started and are waiting inside the database; then it lets them all go at once.
 */
@MicronautTest
class LastSeatTest extends ApiTestBase {
    private static final String REGION = "rush-town";
    private static final int CAPACITY = 30;
    private static final int APPLICANTS = 50;
    /** The application's connection pool (datasources.default.maximum-pool-size). */
    private static final int POOL = 16;

    @Test
    void fiftyApplicationsAtOnceForTheLastSeatGiveItToExactlyOne() throws Exception {
        regions.ensure(new Region(REGION, "殺到町見守りネットワーク", "Rush Town"));
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        long seminar = admin.post(path("/seminars"), aMonthlySeminar().with("title", "人気のセミナー").with("capacity", CAPACITY).json(json))
                .json().get("id").getLongValue();
        for (int i = 0; i < CAPACITY - 1; i++) {
            assertThat(apply(admin, seminar, i).status()).isEqualTo(201);
        }

        ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            int applicant = 100 + i;
            replies.add(pool.submit(() -> {
                start.await();
                return apply(admin, seminar, applicant);
            }));
        }
        try (Connection gate = TestDatabase.get().superuser("noren")) {
            gate.setAutoCommit(false);
            try (var st = gate.createStatement()) {
                st.execute("lock table seminar_registrations in share mode");
            }
            start.countDown();
            awaitWaitingInTheDatabase(gate, POOL);
            gate.commit();
        }
        int seated = 0;
        int waiting = 0;
        for (Future<Api.Reply> future : replies) {
            Api.Reply reply = future.get(60, TimeUnit.SECONDS);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            String status = reply.json().get(0).get("status").getStringValue();
            if (status.equals("registered")) {
                seated++;
            } else if (status.equals("waitlisted")) {
                waiting++;
            }
        }
        pool.shutdown();

        assertThat(seated).isEqualTo(1);
        assertThat(waiting).isEqualTo(APPLICANTS - 1);
        JsonNode session = admin.get(path("/seminars/" + seminar)).json().get("sessions").get(0);
        assertThat(session.get("registered").getIntValue()).isEqualTo(CAPACITY);
        assertThat(session.get("waitlisted").getIntValue()).isEqualTo(APPLICANTS - 1);
        assertThat(waitlistPositions(session.get("id").getLongValue())).isEqualTo(APPLICANTS - 1);
    }

    private Api.Reply apply(Api admin, long seminar, int n) {
        return admin.post(path("/seminars/" + seminar + "/registrations"),
                SeminarFixtures.write(json, application(person("参加者 " + n, "サンカシャ", String.format("03-9000-%04d", n), null), "phone")));
    }

    /** Waits (at most ten seconds) until {@code count} other sessions wait for a lock. */
    private static void awaitWaitingInTheDatabase(Connection gate, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (PreparedStatement ps = gate.prepareStatement("select count(*) from pg_stat_activity"
                + " where datname = 'noren' and wait_event_type = 'Lock' and pid <> pg_backend_pid()")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) >= count) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    /** The waitlist as the database holds it: one distinct place per person, no ties. */
    private static int waitlistPositions(long sessionId) throws Exception {
        try (Connection c = TestDatabase.get().superuser("noren"); PreparedStatement ps = c.prepareStatement(
                "select count(distinct (waitlisted_at, id)) from seminar_registrations where session_id = ? and status = 'waitlisted'")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String path(String rest) {
        return "/api/v1/regions/" + REGION + rest;
    }
}
