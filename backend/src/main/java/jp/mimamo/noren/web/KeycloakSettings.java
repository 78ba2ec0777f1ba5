package jp.mimamo.noren.web;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the identity server is, as the browser and the backend reach it. */
@ConfigurationProperties("noren.keycloak")
public record KeycloakSettings(String url, String realm, String spaClientId, String adminClientId,
                               String adminClientSecret, String publicUrl) {
}
