package jp.mimamo.noren.registrants;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent form in force names its version; a registration records that version as the form signed. */
@MicronautTest
class ConsentFormTest extends ApiTestBase {
    private static final String REGION = "consent-town";
    private RegistryWorld world;

    @BeforeAll
    void aRegistry() {
        regions.ensure(new Region(REGION, "同意町見守りネットワーク", "Consent Town"));
        world = RegistryWorld.in(api(), REGION);
    }

    @Test
    void theFormInForceIsHeadOfficesUntilTheRegionHasItsOwnAndARegistrationRecordsItsVersion() throws IOException {
        JsonNode form = world.staff().get(world.path("/consent-form")).json();
        int version = form.get("version").getIntValue();
        assertThat(form.get("formVersion").getStringValue()).isEqualTo("第" + version + "版");
        assertThat(form.get("regionRevision").isNull()).isTrue();
        assertThat(form.get("text").getStringValue()).contains("同意町見守りネットワーク 御中").contains("同意書の版：第" + version + "版");

        Api.Reply own = world.admin().put(world.path("/document-templates/consent-form/override"),
                "{\"subject\":\"同意書\",\"body\":\"{regionName} 御中\\n同意町の同意書です。\\n版：{formVersion}\",\"revision\":0,\"baseVersion\":"
                        + version + "}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        JsonNode ownForm = world.staff().get(world.path("/consent-form")).json();
        String label = "第" + version + "版・地域改訂1";
        assertThat(ownForm.get("formVersion").getStringValue()).isEqualTo(label);
        assertThat(ownForm.get("text").getStringValue()).contains("同意町の同意書です。").contains("版：" + label);

        Api.Bytes pdf = world.staff().bytes("GET", world.path("/consent-form/pdf"), null, null);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("同意町の同意書です。").contains(label);
        }

        long id = world.register(RegistrantFixtures.aResident().with("consent", java.util.Map.of("formVersion", label,
                "consentedOn", "2025-06-01", "discloseTo", java.util.List.of("hospital"))));
        assertThat(world.staff().get(world.path("/registrants/" + id)).json().get("consent").get("formVersion").getStringValue()).isEqualTo(label);
    }

    @Test
    void headOfficeAndOtherRegionsDoNotReadTheRegionsForm() {
        assertThat(api().as(TestTokens.headOffice()).get(world.path("/consent-form")).status()).isEqualTo(403);
        assertThat(api().as(TestTokens.regionAdmin("someone-else")).get(world.path("/consent-form")).status()).isEqualTo(403);
    }
}
