package jp.mimamo.noren.rosterfiles;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.support.TestDatabase;
import jp.mimamo.noren.support.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Files the import refuses before reading them (too large) or as soon as it can tell (the wrong encoding chosen). */
@MicronautTest
class RosterUploadLimitsTest extends ApiTestBase {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String PREVIEW = "/api/v1/regions/yamato/roster/import/preview?fileName=roster.csv";
    private static final String HEADER = "名称,フリガナ,カテゴリ\r\n";

    @Test
    void aFiftyMegabyteFileIsRefusedWithA413BeforeItIsRead() throws Exception {
        long before = imports();
        byte[] file = new byte[50 * 1024 * 1024];
        byte[] rows = (HEADER + "大きな病院,オオキナビョウイン,病院\r\n".repeat(1000)).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(rows, 0, file, 0, rows.length);
        Arrays.fill(file, rows.length, file.length, (byte) '\n');
        HttpResponse<String> reply = send(HttpRequest.BodyPublishers.ofByteArray(file), "");
        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("ファイルが大きすぎます。32MB 以下のファイルにしてください。");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aLargeFileSentWithoutItsLengthIsStoppedAtTheLimit() throws Exception {
        long before = imports();
        byte[] head = (HEADER + "大きな病院,オオキナビョウイン,病院\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] blank = new byte[33 * 1024 * 1024];
        Arrays.fill(blank, (byte) '\n');
        HttpResponse<String> reply = send(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(blank))), "");
        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.body()).contains("32MB");
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void utf8ReadAsTheChosenShiftJisIsRefusedWithBothEncodingsNamed() throws Exception {
        byte[] file = (HEADER + "髙﨑①病院,タカサキビョウイン,病院\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> reply = send(HttpRequest.BodyPublishers.ofByteArray(file), "cp932");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("Shift_JIS(CP932) が選ばれていますが、このファイルは UTF-8 で保存されています");
    }

    @Test
    void shiftJisReadAsTheChosenUtf8IsRefusedWithBothEncodingsNamed() throws Exception {
        byte[] file = (HEADER + "髙﨑①病院,タカサキビョウイン,病院\r\n").getBytes(Charset.forName("windows-31j"));
        HttpResponse<String> reply = send(HttpRequest.BodyPublishers.ofByteArray(file), "utf-8");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("UTF-8 が選ばれていますが、このファイルは Shift_JIS(CP932) で保存されています");
    }

    @Test
    void theChosenEncodingWinsOverDetection() throws Exception {
        byte[] file = (HEADER + "髙﨑①病院,タカサキビョウイン,病院\r\n").getBytes(Charset.forName("windows-31j"));
        HttpResponse<String> reply = send(HttpRequest.BodyPublishers.ofByteArray(file), "cp932");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"encoding\":\"windows-31j\"", "髙﨑①病院");
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body, String encoding) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(PREVIEW + (encoding.isEmpty() ? "" : "&encoding=" + encoding)))
                .header("Authorization", "Bearer " + TestTokens.regionAdmin("yamato")).header("Accept-Language", "ja")
                .header("Content-Type", "application/octet-stream").POST(body).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long imports() throws SQLException {
        try (Connection c = TestDatabase.get().superuser("noren"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from roster_imports where region_id = 'yamato'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
