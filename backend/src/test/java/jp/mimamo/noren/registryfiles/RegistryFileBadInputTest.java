package jp.mimamo.noren.registryfiles;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.registrants.RegistrantFixtures;
import jp.mimamo.noren.registrants.RegistryWorld;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestTokens;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad files and parameters for the registry files and photos are 4xx problems in Japanese, never a 500. */
@MicronautTest
class RegistryFileBadInputTest extends ApiTestBase {
    private static final String REGION = "registry-bad-files";
    private RegistryWorld world;
    private RegistryUploads staff;

    @BeforeAll
    void aRegion() {
        regions.ensure(new Region(REGION, "名簿検証町", "Registry Bad Files"));
        world = RegistryWorld.in(api(), REGION);
        staff = new RegistryUploads(server.getURI(), json, REGION, TestTokens.centreStaff(REGION));
    }

    @Test
    void aDamagedSpreadsheetIsA400InJapanese() {
        byte[] zip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0};

        HttpResponse<String> reply = staff.upload(zip, "名簿.xlsx", "");

        assertThat(reply.statusCode()).as(reply.body()).isBetween(400, 499);
        assertThat(reply.body()).contains("\"detail\"");
    }

    @Test
    void anEmptyFileIsA400() {
        HttpResponse<String> reply = staff.upload(new byte[0], "名簿.csv", "");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"encoding=ebcdic"})
    void anUnknownEncodingIsA400(String query) {
        HttpResponse<String> reply = staff.upload("氏名\r\n".getBytes(StandardCharsets.UTF_8), "a.csv", query);

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("utf-8, cp932");
    }

    @ParameterizedTest
    @ValueSource(strings = {"format=pdf", "format=csv&encoding=latin1"})
    void anUnknownExportFormatIsA400(String query) {
        assertThat(staff.export(query).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "00000000-0000-0000-0000-000000000000"})
    void anUnknownImportIsA404(String id) {
        assertThat(staff.api().get(staff.path("/registry/import/" + id)).status()).isEqualTo(404);
        assertThat(staff.api().post(staff.path("/registry/import/" + id + "/apply"), "{}").status()).isEqualTo(404);
        assertThat(staff.api().post(staff.path("/registry/import/" + id + "/undo"), "{}").status()).isEqualTo(404);
    }

    @Test
    void anEmptyOrTextPhotoIsRefusedAndAMissingRegistrantIs404() {
        long id = world.register(RegistrantFixtures.aResident());
        String photo = world.path("/registrants/" + id + "/photo");

        Api.Bytes empty = world.staff().bytes("PUT", photo, new byte[0], "image/jpeg");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        Api.Bytes text = world.staff().bytes("PUT", photo, "写真ではありません".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(text.status()).isEqualTo(415);
        assertThat(world.staff().bytes("GET", world.path("/registrants/999999999/photo"), null, null).status()).isEqualTo(404);
        assertThat(world.staff().bytes("GET", photo + "?reason=x", null, null).status()).as("a reason too short").isEqualTo(400);
    }
}
