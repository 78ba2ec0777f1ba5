package jp.mimamo.noren.updates;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is refused in Japanese without writing anything; the postcards carry each person's name and address. */
@MicronautTest
class UpdateInputAndPostcardsTest extends ApiTestBase {
    private static final String REGION = "nemuro";
    private UpdateWorld world;
    private final YearMonth now = UpdateWorld.thisMonth();

    @BeforeAll
    void aRegionWithTwoCentres() {
        regions.ensure(new Region(REGION, "根室", "Nemuro"));
        world = new UpdateWorld(RegistryWorld.in(api(), REGION));
    }

    @Test
    void monthThirteenIsA400InJapanese() {
        Api.Reply reply = world.registry().staff().get(world.registry().path("/updates/worklist?year=2026&month=13"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body()).contains("1〜12の範囲で指定してください");
        assertThat(world.registry().staff().get(world.registry().path("/updates/worklist?month=abc")).status()).isEqualTo(400);
        assertThat(world.registry().admin().get(world.registry().path("/updates/progress?year=99999")).status()).isEqualTo(400);
    }

    @Test
    void badContactsAre400AndNothingIsWritten() {
        long registrant = world.bornIn(now, "入力 誤子", "ニュウリョク アヤマコ");
        int version = world.version(registrant);
        String tooLong = "あ".repeat(ContactRules.MAX_CONCERN + 1);

        Api.Reply method = world.contact(registrant, version, "fax", "no-change", "");
        Api.Reply outcome = world.contact(registrant, version, "phone", "maybe", "");
        Api.Reply concern = world.contact(registrant, version, "phone", "no-change", ",\"concern\":\"" + tooLong + "\"");
        Api.Reply future = world.contact(registrant, version, "phone", "no-change",
                ",\"contactedOn\":\"" + UpdateWorld.today().plusDays(1) + "\"");
        Api.Reply nothingChanged = world.contact(registrant, version, "phone", "updated", "");
        Api.Reply unknownField = world.contact(registrant, version, "phone", "updated", ",\"changedFields\":[\"salary\"]");
        Api.Reply notJson = world.registry().staff().post(world.registry().path("/updates/contacts"), "{\"registrantId\":\"x\"");

        for (Api.Reply reply : new Api.Reply[] {method, outcome, concern, future, nothingChanged, unknownField}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.body()).as(reply.toString()).containsPattern("[ぁ-んァ-ン]");
        }
        assertThat(method.body()).contains("次のいずれかを指定してください");
        assertThat(concern.body()).contains("1,000文字以内で入力してください");
        assertThat(notJson.status()).isBetween(400, 499);
        assertThat(UpdateWorld.count("select count(*) from update_contacts where region_id = ? and registrant_id = ?", REGION, registrant))
                .isZero();
    }

    @Test
    void postcardsShowEachNameAndAddressWithTheMessage() throws IOException {
        long first = world.registry().register(UpdateWorld.resident(now, "葉書 一子", "ハガキ イチコ", UpdateWorld.today().minusYears(2))
                .with("address", "東京都大田区山王3-4-5").with("postalCode", "143-0023"));
        long second = world.registry().register(UpdateWorld.resident(now, "葉書 二郎", "ハガキ ジロウ", UpdateWorld.today().minusYears(2))
                .with("address", "東京都大田区大森北6-7-8"));
        world.worklist(now);

        Api.Bytes postcards = world.registry().staff().bytes("GET", world.registry().path("/updates/postcards.pdf?year=" + now.getYear()
                + "&month=" + now.getMonthValue() + "&ids=" + first + "," + second), null, null);

        assertThat(postcards.status()).as(postcards.toString()).isEqualTo(200);
        assertThat(postcards.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(postcards.body())) {
            assertThat(pdf.getNumberOfPages()).as("address side and message side each").isEqualTo(4);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("100 mm").isBetween(283f, 284f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("葉書 一子", "東京都大田区山王3-4-5", "〒143-0023", "葉書 二郎", "東京都大田区大森北6-7-8",
                    "登録内容の確認のお願い", "大森地域包括支援センター", "令和");
        }
        Api.Bytes letters = world.registry().staff().bytes("GET", world.registry().path("/updates/postcards.pdf?format=letter&ids=" + first),
                null, null);
        assertThat(letters.status()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(letters.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("葉書 一子", "東京都大田区山王3-4-5").doesNotContain("葉書 二郎");
        }
    }

    @Test
    void postcardsOnlyForThoseOnTheList() {
        long notDue = world.bornIn(now.plusMonths(2), "時期 未来", "ジキ ミライ");
        Api.Bytes reply = world.registry().staff().bytes("GET", world.registry().path("/updates/postcards.pdf?ids=" + notDue), null, null);
        assertThat(reply.status()).isEqualTo(400);
        Api.Bytes format = world.registry().staff().bytes("GET", world.registry().path("/updates/postcards.pdf?format=fax"), null, null);
        assertThat(format.status()).isEqualTo(400);
    }
}
