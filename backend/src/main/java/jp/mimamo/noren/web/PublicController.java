package jp.mimamo.noren.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/v1/public")
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicController {
    private final KeycloakSettings keycloak;

    PublicController(KeycloakSettings keycloak) {
        this.keycloak = keycloak;
    }

    @Get("/config")
    ClientConfig config() {
        return new ClientConfig(keycloak.url(), keycloak.realm(), keycloak.spaClientId());
    }
}
