package jp.mimamo.noren.web;

import io.micronaut.serde.annotation.Serdeable;

/** What the SPA needs before anyone signs in: where Keycloak is and which client to use. */
@Serdeable
public record ClientConfig(String keycloakUrl, String realm, String clientId) {
}
