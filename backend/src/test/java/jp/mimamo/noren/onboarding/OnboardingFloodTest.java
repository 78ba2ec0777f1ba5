package jp.mimamo.noren.onboarding;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One address may send only so many applications an hour; the next is 429 in Japanese, before any mail is tried. */
@MicronautTest
class OnboardingFloodTest extends ApiTestBase {
    @Inject
    FormTokens formTokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("noren.onboarding.applications-per-hour", "2");
        return properties;
    }

    @Test
    void theThirdApplicationWithinAnHourFromOneAddressIsRefused() {
        for (int i = 0; i < 2; i++) {
            // Whether or not a mail server listens here (202 or 503), the limit has counted the application.
            Api.Reply reply = api().post("/api/v1/public/onboarding/applications", application("flood-" + i));
            assertThat(reply.status()).as(reply.toString()).isIn(202, 503);
        }
        Api.Reply refused = api().post("/api/v1/public/onboarding/applications", application("flood-x"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").getStringValue()).contains("多すぎます");
    }

    @Test
    void theFormStartsWithATokenAndTheRoles() {
        Api.Reply form = api().get("/api/v1/public/onboarding/form");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("formToken").contains("shopping-street").contains("\"admin\"");
    }

    private String application(String code) {
        return """
                {"regionName":"洪水","code":"%s","municipality":"町","organiserName":"名","organiserEmail":"%s@mimamo.example",
                 "organisation":"団体","partners":[{"name":"A","role":"medical"},{"name":"B","role":"care"},{"name":"C","role":"business"}],
                 "expectedCentres":1,"agreedToTerms":true,"formToken":"%s"}""".formatted(code, code, formTokens.issue(Instant.now().minusSeconds(60)));
    }
}
