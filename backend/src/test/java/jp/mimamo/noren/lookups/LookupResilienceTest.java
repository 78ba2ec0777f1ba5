package jp.mimamo.noren.lookups;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static jp.mimamo.noren.lookups.LookupWorld.count;
import static jp.mimamo.noren.lookups.LookupWorld.lookUp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database drops every connection of the application in the middle of a stream of look-ups (as a restart of
 * PostgreSQL does): look-ups answer again within seconds, no answer is anything but 200 or a plain 500 problem, and
 * every look-up that was answered with the person has both of its access-log rows.
 */
@MicronautTest
class LookupResilienceTest extends ApiTestBase {
    private static final String HOME = "kawabe";
    private static final String AWAY = "yamabe";
    private String number;
    private long registrant;
    private Api responder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.lookups.per-responder-per-minute", "0");
        properties.put("noren.lookups.per-organisation-per-minute", "0");
        return properties;
    }

    @BeforeAll
    void aRegistrantAndAnApprovedResponderElsewhere() {
        regions.ensure(new Region(HOME, "かわべ見守りネットワーク", "Kawabe"));
        regions.ensure(new Region(AWAY, "やまべ見守りネットワーク", "Yamabe"));
        RegistryWorld home = RegistryWorld.in(api(), HOME);
        registrant = LookupWorld.registrantWithConsent(home, "川辺 ハナ", List.of("hospital"));
        number = home.issueKeychain(registrant);
        Api admin = api().as(TestTokens.regionAdmin(AWAY));
        long hospital = LookupWorld.organisation(admin, AWAY, "やまべ病院", "hospital", true);
        responder = LookupWorld.responder(api(), admin, AWAY, "yamabe-nurse", hospital);
    }

    @Test
    void lookupsResumeAfterTheDatabaseDropsEveryConnectionAndEveryAnswerHasItsAuditRows() throws Exception {
        long before = count("select count(*) from access_log where region_id = 'kawabe' and action = 'lookup'");
        long beforeElsewhere = count("select count(*) from access_log where region_id = 'yamabe' and action = 'lookup-elsewhere'");
        ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + 8_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Api.Reply reply = responder.post("/api/v1/regions/yamabe/lookups", lookUp(number, "transport"));
                    answers.add(new long[]{(System.nanoTime() - start) / 1_000_000, reply.status()});
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        long dropped = count("select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'noren_app'");
        long droppedAt = (System.nanoTime() - start) / 1_000_000;
        Thread.sleep(1500);
        count("select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'noren_app'");
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertThat(dropped).as("connections dropped").isPositive();
        assertThat(answers).extracting(a -> a[1]).allMatch(status -> status == 200 || status == 500);
        long answered = answers.stream().filter(a -> a[1] == 200).count();
        long firstAfterDrop = answers.stream().filter(a -> a[0] > droppedAt + 1500 && a[1] == 200).mapToLong(a -> a[0]).min()
                .orElseThrow();
        assertThat(firstAfterDrop - (droppedAt + 1500)).as("ms until look-ups answer again after the second drop").isLessThan(5000);
        assertThat(answers.stream().filter(a -> a[0] > 6500)).as("the last seconds").allMatch(a -> a[1] == 200);
        long logged = count("select count(*) from access_log where region_id = 'kawabe' and action = 'lookup'") - before;
        long loggedElsewhere = count("select count(*) from access_log where region_id = 'yamabe' and action = 'lookup-elsewhere'")
                - beforeElsewhere;
        assertThat(logged).as("lookup rows for %d answered look-ups", answered).isBetween(answered, (long) answers.size());
        assertThat(loggedElsewhere).isEqualTo(logged);
        assertThat(count("select count(*) from lookup_notices where region_id = 'kawabe' and registrant_id = " + registrant))
                .isEqualTo(logged);
    }
}
