package jp.mimamo.noren.tenancy;

import io.micronaut.context.ApplicationContext;
import jp.mimamo.noren.database.RoleSafetyCheck;
import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application refuses to serve with a database role that could read across regions. */
class RoleSafetyCheckTest {

    @Test
    void refusesToStartAsASuperuser() {
        assertRefused(Map.of("datasources.default.url", TestDatabase.get().url() + "?user=postgres",
                "datasources.default.username", "postgres", "datasources.default.password", "postgres"));
    }

    @Test
    void refusesToStartAsTheTableOwner() {
        assertRefused(Map.of("datasources.default.username", EmbeddedDatabase.OWNER,
                "datasources.default.password", EmbeddedDatabase.OWNER));
    }

    private static void assertRefused(Map<String, Object> override) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().applicationProperties());
        properties.putAll(override);
        properties.put("micronaut.server.port", -1);
        assertThatThrownBy(() -> {
            try (ApplicationContext ignored = ApplicationContext.run(properties, "test")) {
                // starting is the test
            }
        }).hasRootCauseInstanceOf(RoleSafetyCheck.UnsafeDatabaseRole.class);
    }
}
