package jp.mimamo.noren.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OperationsEndpointsTest extends ApiTestBase {

    @Test
    void healthReportsUpWithoutSigningIn() {
        Api.Reply health = api().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    @Test
    void prometheusExposesRequestMetrics() {
        yamato().get("/api/v1/regions/yamato/sponsors");
        Api.Reply metrics = api().get("/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("hikaricp_connections");
    }

    @Test
    void theOpenApiDocumentDescribesTheRegionApi() {
        Api.Reply document = api().get("/openapi.yml");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("openapi:").contains("/api/v1/regions/{region}/sponsors").contains("/api/v1/hq/sponsor-categories");
    }

    @Test
    void theSpaIsServedForItsOwnRoutesButUnknownApiPathsStayProblems() {
        Api.Reply page = api().send("GET", "/regions/yamato/sponsors", null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(api().get("/api/v1/unknown").isProblem()).isTrue();
    }

    @Test
    void theClientConfigurationIsPublicAndMeDescribesTheCaller() {
        assertThat(api().get("/api/v1/public/config").body()).contains("\"realm\":\"mimamo\"").contains("noren-spa");
        Api.Reply me = yamato().get("/api/v1/me");
        assertThat(me.json().get("username").getStringValue()).isEqualTo("yamato-admin");
        assertThat(me.json().get("regions").get(0).get("code").getStringValue()).isEqualTo("yamato");
        assertThat(me.json().get("headOffice").getBooleanValue()).isFalse();
        assertThat(api().as(TestTokens.headOffice()).get("/api/v1/me").json().get("headOffice").getBooleanValue()).isTrue();
    }
}
