package jp.mimamo.noren.registrants;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Not a test: what the access log costs a registrant's page, and how fast cards print. Starts the application on an
 * embedded PostgreSQL, registers N residents (default 1,000) with keychains in one region, then measures, one client
 * at a time: the page over HTTP; the page's unit of work over JDBC as the app role with and without its access-log
 * insert; a search; and the cards PDF for 45 registrants. Run from backend/ after a test-compile:
 * {@code java -cp target/test-classes:target/classes:<test classpath> jp.mimamo.noren.registrants.RegistryBenchmark [n]}
 */
public final class RegistryBenchmark {
    private static final String REGION = "bench-registry";
    private static final int ROUNDS = 2_000;

    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().applicationProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("noren.keycloak.url", "http://127.0.0.1:9");
        try (ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(RegionDirectory.class).ensure(new Region(REGION, "計測町", "Bench"));
            RegistryWorld world = RegistryWorld.in(new Api(server.getURI(), context.getBean(JsonMapper.class)), REGION);
            List<Long> ids = new ArrayList<>();
            long seeding = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long id = world.register(RegistrantFixtures.aResident().with("name", "計測 花子" + i).with("nameKana", "ケイソク ハナコ"));
                world.issueKeychain(id);
                ids.add(id);
            }
            System.out.printf("seeded %d registrants with keychains in %.1f s (register + issue, sequential)%n", n, (System.nanoTime() - seeding) / 1e9);

            String page = world.path("/registrants/");
            report("GET registrant page (HTTP, full view + access-log entry)", time(ROUNDS, i -> world.staff().get(page + ids.get(i % n))));
            report("GET registrants?q=けいそく (HTTP, page of 20 + one entry)", time(ROUNDS / 4, i -> world.staff().get(world.path("/registrants?q=%E3%81%91%E3%81%84%E3%81%9D%E3%81%8F"))));
            try (Connection app = TestDatabase.get().connect(EmbeddedDatabase.APP)) {
                app.setAutoCommit(false);
                report("JDBC page unit of work without the entry", time(ROUNDS * 2, i -> read(app, ids.get(i % n), false)));
                report("JDBC page unit of work with the entry", time(ROUNDS * 2, i -> read(app, ids.get(i % n), true)));
            }
            String cards = world.path("/keychain-cards.pdf?registrants=" + ids.subList(0, 45).stream().map(String::valueOf).collect(Collectors.joining(",")));
            HttpClient http = HttpClient.newHttpClient();
            long[] pdf = time(10, i -> {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + cards))
                        .header("Authorization", "Bearer " + jp.mimamo.noren.support.TestTokens.centreStaff(REGION)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("cards: " + response.statusCode());
                }
                return response.body().length;
            });
            report("GET keychain-cards.pdf, 45 cards on 5 sheets", pdf);
        }
    }

    private interface Step {
        Object run(int i) throws Exception;
    }

    /** Runs a tenth as warm-up, then returns each timed run in microseconds. */
    private static long[] time(int rounds, Step step) throws Exception {
        for (int i = 0; i < rounds / 10; i++) {
            step.run(i);
        }
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Object result = step.run(i);
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (result instanceof Api.Reply reply && reply.status() != 200) {
                throw new IllegalStateException(reply.toString());
            }
        }
        return micros;
    }

    private static void report(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%-62s n=%5d  p50 %7.2f ms  p99 %7.2f ms  mean %7.2f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
                Arrays.stream(sorted).average().orElse(0) / 1000.0);
    }

    /** What the page reads (the registrant, connections, status history, keychains), and its entry when asked. */
    private static Object read(Connection c, long id, boolean logged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.region_id', ?, true)")) {
            ps.setString(1, REGION);
            ps.execute();
        }
        for (String sql : List.of("select * from registrants r join centres ce on ce.region_id = r.region_id and ce.id = r.centre_id"
                        + " where r.region_id = ? and r.id = ?",
                "select * from registrant_connections where region_id = ? and registrant_id = ? order by priority",
                "select * from registrant_status_changes where region_id = ? and registrant_id = ? order by at desc",
                "select * from keychains where region_id = ? and registrant_id = ? order by issued_at desc")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, REGION);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        }
        if (logged) {
            try (PreparedStatement ps = c.prepareStatement("insert into access_log (region_id, username, display_name, roles, centre_id,"
                    + " centre_name, registrant_id, action, sections, access, details, client_ip, user_agent)"
                    + " values (?, 'bench', 'bench', '{centre-staff}', 1, '大森', ?, 'read', '{identity,medical}', 'full', '{}', '127.0.0.1', 'bench')")) {
                ps.setString(1, REGION);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        c.commit();
        return null;
    }
}
