package jp.mimamo.noren.registrants;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.audit.AccessLogRows;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrant's photo: uploaded by their centre, cleaned and scaled, shown to full readers with a log entry. */
@MicronautTest
class RegistrantPhotosTest extends ApiTestBase {
    private static final String REGION = "photo-town";
    private RegistryWorld world;

    @BeforeAll
    void aRegionWithTwoCentres() {
        regions.ensure(new Region(REGION, "写真町", "Photo Town"));
        world = RegistryWorld.in(api(), REGION);
    }

    @Test
    void aLargeJpegIsScaledTo800PixelsAndLosesItsMetadata() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 一子"));
        byte[] jpeg = withMetadata(picture(2000, 1500, "jpeg"), "GPS 35.56N 139.71E 大田区");

        Api.Bytes uploaded = world.staff().bytes("PUT", photo(id), jpeg, "image/jpeg");

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("width").getIntValue()).isEqualTo(800);
        assertThat(uploaded.json().get("height").getIntValue()).isEqualTo(600);
        Api.Bytes shown = world.staff().bytes("GET", photo(id), null, null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.contentType()).startsWith("image/jpeg");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(shown.body()));
        assertThat(read.getWidth()).isEqualTo(800);
        assertThat(new String(shown.body(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).as("the original carried it").contains("GPS");
    }

    @Test
    void aSmallPngIsKeptAtItsSizeAsPng() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 二子"));

        Api.Bytes uploaded = world.staff().bytes("PUT", photo(id), picture(300, 400, "png"), "application/octet-stream");

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("mediaType").getStringValue()).isEqualTo("image/png");
        assertThat(uploaded.json().get("width").getIntValue()).isEqualTo(300);
    }

    @Test
    void readingThePhotoIsLoggedAndNeedsTheFullRecord() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 三子"));
        world.staff().bytes("PUT", photo(id), picture(100, 100, "png"), "image/png");

        long before = AccessLogRows.lastId(REGION);
        assertThat(world.staff().bytes("GET", photo(id), null, null).status()).isEqualTo(200);
        List<AccessLogRows.Row> rows = AccessLogRows.since(REGION, before);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).action()).isEqualTo("read");
        assertThat(rows.get(0).sections()).contains("photo");
        assertThat(rows.get(0).registrantId()).isEqualTo(id);

        Api.Bytes other = world.otherStaff().bytes("GET", photo(id), null, null);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("detail").getStringValue()).contains("閲覧の理由");
        Api.Bytes withReason = world.otherStaff().bytes("GET", photo(id) + "?reason=" + java.net.URLEncoder.encode(
                "救急搬送時の本人確認のため", StandardCharsets.UTF_8), null, null);
        assertThat(withReason.status()).isEqualTo(200);
        assertThat(AccessLogRows.since(REGION, before)).hasSize(2);
    }

    @Test
    void onlyTheRegistrantsCentreChangesThePhotoAndRemovingLeavesNone() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 四子"));
        byte[] png = picture(100, 100, "png");

        assertThat(world.otherStaff().bytes("PUT", photo(id), png, "image/png").status()).isEqualTo(403);
        assertThat(world.admin().bytes("PUT", photo(id), png, "image/png").status()).isEqualTo(403);
        assertThat(world.staff().bytes("PUT", photo(id), png, "image/png").status()).isEqualTo(200);
        assertThat(world.staff().bytes("PUT", photo(id), picture(120, 90, "jpeg"), "image/jpeg").json()
                .get("mediaType").getStringValue()).as("replaced").isEqualTo("image/jpeg");
        assertThat(world.otherStaff().bytes("DELETE", photo(id), null, null).status()).isEqualTo(403);

        assertThat(world.staff().bytes("DELETE", photo(id), null, null).status()).isEqualTo(204);

        Api.Bytes gone = world.staff().bytes("GET", photo(id), null, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("detail").getStringValue()).isEqualTo("この登録者の写真は登録されていません。");
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedWithA413InJapanese() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 五子"));
        byte[] big = Arrays.copyOf(picture(100, 100, "png"), 2 * 1024 * 1024 + 1);

        Api.Bytes reply = world.staff().bytes("PUT", photo(id), big, "image/png");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.json().get("detail").getStringValue()).contains("2MB");
        assertThat(world.staff().bytes("GET", photo(id), null, null).status()).isEqualTo(404);
    }

    @Test
    void anotherTypeIs415AndAnUndecodableFileIs400() throws IOException {
        long id = world.register(RegistrantFixtures.aResident().with("name", "写真 六子"));

        Api.Bytes gif = world.staff().bytes("PUT", photo(id), picture(50, 50, "gif"), "application/octet-stream");
        assertThat(gif.status()).as(gif.toString()).isEqualTo(415);
        assertThat(gif.json().get("detail").getStringValue()).contains("JPEG または PNG");
        assertThat(world.staff().bytes("PUT", photo(id), picture(50, 50, "gif"), "image/gif").status()).isEqualTo(415);

        byte[] png = picture(200, 200, "png");
        Api.Bytes damaged = world.staff().bytes("PUT", photo(id), Arrays.copyOf(png, png.length / 2), "image/png");
        assertThat(damaged.status()).as(damaged.toString()).isEqualTo(400);
        assertThat(damaged.json().get("detail").getStringValue()).contains("写真を読み取れません");
        assertThat(world.staff().bytes("GET", photo(id), null, null).status()).isEqualTo(404);
    }

    private String photo(long id) {
        return world.path("/registrants/" + id + "/photo");
    }

    static byte[] picture(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(240, 220, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(90, 60, 40));
        g.fillOval(width / 4, height / 6, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The picture with an APP1 (Exif) segment right after the start marker, as a phone camera writes one. */
    private static byte[] withMetadata(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(StandardCharsets.UTF_8);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
