package jp.mimamo.noren.keychains;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
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

/** The card's words come from the template library: head office's by default, the region's own once it has them. */
@MicronautTest
class KeychainCardWordingTest extends ApiTestBase {
    private static final String REGION = "card-words-town";
    private RegistryWorld world;
    private long registrant;

    @BeforeAll
    void aRegistrantWithAKeychain() {
        regions.ensure(new Region(REGION, "文言町見守りネットワーク", "Card Words Town"));
        world = RegistryWorld.in(api(), REGION);
        registrant = world.register(RegistrantFixtures.aResident().with("name", "文言 花子"));
        world.issueKeychain(registrant);
    }

    @Test
    void theCardUsesHeadOfficesWordsUntilTheRegionHasItsOwn() throws IOException {
        assertThat(cardText()).contains("文言町見守りネットワーク").contains("緊急連絡先").contains("登録番号").contains("山折り");

        Api admin = api().as(TestTokens.regionAdmin(REGION));
        int version = admin.get(world.path("/document-templates/keychain-card")).json().get("shared").get("version").getIntValue();
        Api.Reply own = admin.put(world.path("/document-templates/keychain-card/override"),
                "{\"subject\":\"みま～もキーホルダー（{regionName}）\",\"body\":\"困ったときの連絡先\\n見守り登録番号\\n切り取って差し込んでください。\","
                        + "\"revision\":0,\"baseVersion\":" + version + "}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);

        assertThat(cardText()).contains("みま～もキーホルダー").contains("困ったときの連絡先").contains("見守り登録番号")
                .contains("切り取って差し込んでください。").doesNotContain("緊急連絡先").doesNotContain("山折り");
    }

    @Test
    void anOwnTextWithAnUnknownPlaceholderIsRefused() {
        Api admin = api().as(TestTokens.regionAdmin(REGION));
        Api.Reply refused = admin.put(world.path("/document-templates/keychain-card/override"),
                "{\"subject\":\"{centreName}\",\"body\":\"a\\nb\\nc\",\"revision\":0,\"baseVersion\":1}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    }

    private String cardText() throws IOException {
        Api.Bytes pdf = api().as(TestTokens.centreStaff(REGION)).bytes("GET", world.path("/keychain-cards.pdf?registrants=" + registrant), null, null);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
