package jp.mimamo.noren.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** An application on a random port over the test database, with the regions used by the tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestBase implements TestPropertyProvider {
    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;
    @Inject
    protected RegionDirectory regions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>();
        TestDatabase.get().applicationProperties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        return properties;
    }

    @BeforeEach
    protected void ensureRegions() {
        regions.ensure(new Region("yamato", "大和", "Yamato"));
        regions.ensure(new Region("kishiwada", "岸和田", "Kishiwada"));
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }

    protected Api yamato() {
        return api().as(TestTokens.regionAdmin("yamato"));
    }

    protected Api kishiwada() {
        return api().as(TestTokens.regionAdmin("kishiwada"));
    }
}
