package jp.mimamo.noren.billing;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A region admin uploads the seal (印影) printed on invoices and receipts, looks at it and removes it. */
@MicronautTest
class SealTest extends BillingTestBase {

    @BeforeEach
    void aRegionWithoutASeal() {
        aRegion("{\"unitFee\":10000,\"proration\":\"none\"}");
    }

    @Test
    void aPngIsKeptAsUploadedAndDescribed() {
        byte[] png = TestImages.sealPng();

        Api.Bytes uploaded = admin.bytes("POST", path("/seal"), png, "image/png");

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        JsonNode seal = admin.get(path("/seal")).json();
        assertThat(seal.get("uploaded").getBooleanValue()).isTrue();
        assertThat(seal.get("mediaType").getStringValue()).isEqualTo("image/png");
        assertThat(seal.get("width").getIntValue()).isEqualTo(120);
        assertThat(seal.get("size").getIntValue()).isEqualTo(png.length);
        Api.Bytes image = admin.bytes("GET", path("/seal/image"), null, null);
        assertThat(image.contentType()).startsWith("image/png");
        assertThat(image.body()).isEqualTo(png);
    }

    @Test
    void aJpegSentAsAnUntypedFileIsRecognisedByItsContent() {
        Api.Bytes uploaded = admin.bytes("POST", path("/seal"), TestImages.sealJpeg(), "application/octet-stream");

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().get("mediaType").getStringValue()).isEqualTo("image/jpeg");
    }

    @Test
    void aNewUploadReplacesTheSealAndRemovingLeavesNone() {
        admin.bytes("POST", path("/seal"), TestImages.sealPng(), "image/png");
        admin.bytes("POST", path("/seal"), TestImages.sealJpeg(), "image/jpeg");
        assertThat(admin.get(path("/seal")).json().get("mediaType").getStringValue()).isEqualTo("image/jpeg");

        assertThat(admin.bytes("DELETE", path("/seal"), null, null).status()).isEqualTo(204);

        assertThat(admin.get(path("/seal")).json().get("uploaded").getBooleanValue()).isFalse();
        Api.Bytes image = admin.bytes("GET", path("/seal/image"), null, null);
        assertThat(image.status()).isEqualTo(404);
        assertThat(image.json().get("detail").getStringValue()).isEqualTo("印影はまだ登録されていません。");
        assertThat(admin.bytes("DELETE", path("/seal"), null, null).status()).as("removing nothing is fine").isEqualTo(204);
    }

    @Test
    void anotherImageFormatIsRefusedInJapanese() {
        Api.Bytes gif = admin.bytes("POST", path("/seal"), TestImages.sealGif(), "application/octet-stream");

        assertThat(gif.status()).as(gif.toString()).isEqualTo(415);
        assertThat(gif.contentType()).startsWith("application/problem+json");
        assertThat(gif.json().get("detail").getStringValue()).isEqualTo("印影は PNG または JPEG の画像を選んでください。");
        assertThat(admin.get(path("/seal")).json().get("uploaded").getBooleanValue()).isFalse();
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefused() {
        Api.Bytes text = admin.bytes("POST", path("/seal"), "これは画像ではありません".getBytes(StandardCharsets.UTF_8), "image/png");

        assertThat(text.status()).as(text.toString()).isEqualTo(415);
        assertThat(text.json().get("detail").getStringValue()).contains("PNG または JPEG");
    }

    @Test
    void aDamagedPngIsRefusedAfterDecoding() {
        byte[] png = TestImages.sealPng();
        byte[] damaged = Arrays.copyOf(png, png.length / 2);

        Api.Bytes reply = admin.bytes("POST", path("/seal"), damaged, "image/png");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("detail").getStringValue()).contains("画像を読み取れません");
    }

    @Test
    void aPictureTooLargeToPrintIsRefusedBeforeItIsDecoded() throws Exception {
        java.io.ByteArrayOutputStream wide = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(5000, 20, java.awt.image.BufferedImage.TYPE_BYTE_BINARY), "png", wide);

        Api.Bytes reply = admin.bytes("POST", path("/seal"), wide.toByteArray(), "image/png");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().get("detail").getStringValue()).contains("5000×20");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() {
        byte[] png = TestImages.sealPng();
        byte[] big = Arrays.copyOf(png, 1024 * 1024 + 1);

        Api.Bytes reply = admin.bytes("POST", path("/seal"), big, "image/png");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").getStringValue()).contains("1MB");
        assertThat(admin.get(path("/seal")).json().get("uploaded").getBooleanValue()).isFalse();
    }

    @Test
    void anotherContentTypeIsA415Problem() {
        Api.Bytes reply = admin.bytes("POST", path("/seal"), TestImages.sealGif(), "image/gif");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void centreStaffCannotChangeTheSeal() {
        Api staff = api().as(jp.mimamo.noren.support.TestTokens.centreStaff(region));

        assertThat(staff.bytes("POST", path("/seal"), TestImages.sealPng(), "image/png").status()).isEqualTo(403);
    }
}
