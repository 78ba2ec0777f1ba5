package jp.mimamo.noren.support;

import java.util.HashMap;
import java.util.Map;

/** An application that trusts the real Keycloak of {@link KeycloakFixture} and nothing else. */
public abstract class KeycloakTestBase extends ApiTestBase {
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(KeycloakFixture.get().applicationProperties());
        return properties;
    }

    protected Api as(String username) {
        return api().as(KeycloakFixture.get().token(username));
    }
}
