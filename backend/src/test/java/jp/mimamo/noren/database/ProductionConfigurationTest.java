package jp.mimamo.noren.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jp.mimamo.noren.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started the way docs/operations.md describes: only the app's URL is given, so migrations (owner role) and
 * head-office statistics (stats role) use the same database.
 */
class ProductionConfigurationTest {

    @Test
    void startsWithOnlyTheAppDatasourceUrl() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().applicationProperties());
        properties.put("datasources.stats.url", "");
        properties.put("noren.database.owner-url", "");
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.getURI() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
        }
    }
}
