package jp.mimamo.noren.keychains;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed cards, read back: the number and the centre, a QR code that opens the look-up, and nothing personal. */
@MicronautTest
class KeychainCardsTest extends ApiTestBase {
    private static final String REGION = "card-town";
    private RegistryWorld world;
    private final List<Long> registrants = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();

    @BeforeAll
    void tenRegistrantsWithKeychains() {
        regions.ensure(new Region(REGION, "札町見守りネットワーク", "Card Town"));
        world = RegistryWorld.in(api(), REGION);
        for (int i = 0; i < 10; i++) {
            long id = world.register(RegistrantFixtures.aResident().with("name", "札 花子" + i));
            registrants.add(id);
            numbers.add(world.issueKeychain(id));
        }
    }

    @Test
    void aCardShowsTheNumberAndTheCentreButNoNameOrAddress() throws Exception {
        try (PDDocument pdf = cards(registrants.subList(0, 2), TestTokens.centreStaff(REGION), 200)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(RegistrationNumber.parse(numbers.get(0)).display())
                    .contains(RegistrationNumber.parse(numbers.get(1)).display())
                    .contains("大森地域包括支援センター").contains("03-3762-1111").contains("大森警察署").contains("登録番号");
            assertThat(text).doesNotContain("札 花子").doesNotContain("大森北").doesNotContain("ヤマダ").doesNotContain("1940");
        }
    }

    @Test
    void eachQrCodeOpensTheLookUpPageOfItsNumber() throws Exception {
        try (PDDocument pdf = cards(registrants.subList(0, 3), TestTokens.centreStaff(REGION), 200)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 300, ImageType.RGB);
            List<String> decoded = decodeAll(image);
            assertThat(decoded).containsExactlyInAnyOrderElementsOf(numbers.subList(0, 3).stream()
                    .map(n -> "http://localhost:8080/k/" + n).toList());
        }
    }

    @Test
    void nineCardsFitASheetAndEachPrintIsLogged() throws Exception {
        long before = AccessLogRows.lastId(REGION);
        try (PDDocument pdf = cards(registrants, TestTokens.centreStaff(REGION), 200)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(AccessLogRows.since(REGION, before)).hasSize(10).allMatch(r -> r.action().equals("card"));
    }

    @Test
    void onlyTheRegistrantsOwnCentrePrintsTheirCard() throws Exception {
        long before = AccessLogRows.lastId(REGION);
        cards(registrants.subList(0, 1), TestTokens.token(REGION + "-other-staff", List.of("centre-staff"), List.of(REGION)), 403);
        cards(registrants.subList(0, 1), TestTokens.regionAdmin(REGION), 403);
        assertThat(AccessLogRows.since(REGION, before)).isEmpty();
    }

    private PDDocument cards(List<Long> ids, String token, int status) throws Exception {
        String query = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + world.path("/keychain-cards.pdf?registrants=" + query)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(status);
        if (status != 200) {
            return null;
        }
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return Loader.loadPDF(response.body());
    }

    private static List<String> decodeAll(BufferedImage image) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(results).map(Result::getText).toList();
    }
}
