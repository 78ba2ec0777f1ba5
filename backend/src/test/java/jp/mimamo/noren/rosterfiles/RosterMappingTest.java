package jp.mimamo.noren.rosterfiles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jp.mimamo.noren.support.Api;
import jp.mimamo.noren.support.ApiTestBase;
import jp.mimamo.noren.tenancy.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A region's files name their columns their own way: the admin maps them once, and every later import uses it. */
@MicronautTest
class RosterMappingTest extends ApiTestBase {
    private static final AtomicInteger TOWNS = new AtomicInteger();
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final byte[] OWN_HEADERS = ("事業所名,ふりがな,種別,メモ,電話\r\n大森の薬局,オオモリノヤッキョク,薬局,社内用のメモ,03-3333-4444\r\n")
            .getBytes(CP932);
    private RosterUploads files;
    private Api admin;

    @BeforeEach
    void aRegionOfItsOwn() {
        String region = "roster-mapping-" + TOWNS.incrementAndGet();
        regions.ensure(new Region(region, "割り当てテスト町", "Mapping Town"));
        files = new RosterUploads(server.getURI(), json, region);
        admin = files.admin();
    }

    @Test
    void aFileWhoseRequiredColumnsAreUnmappedShowsItsHeadersAndWhatIsMissing() {
        JsonNode preview = files.preview(OWN_HEADERS, "名簿.csv", "");
        assertThat(preview.get("importId").isNull()).isTrue();
        assertThat(preview.get("missing").values()).extracting(JsonNode::getStringValue).containsExactly("name", "categoryCode");
        JsonNode columns = preview.get("columns");
        assertThat(columns.size()).isEqualTo(5);
        assertThat(columns.get(0).get("header").getStringValue()).isEqualTo("事業所名");
        assertThat(columns.get(0).get("field").isNull()).isTrue();
        assertThat(columns.get(1).get("field").getStringValue()).as("ふりがな is フリガナ typed in hiragana").isEqualTo("nameKana");
        assertThat(columns.get(1).get("source").getStringValue()).isEqualTo("title");
    }

    @Test
    void theSavedMappingIsAppliedToTheNextImport() {
        Api.Reply saved = admin.put(files.path("/roster/mapping"), """
                {"entries": [{"header": "事業所名", "field": "name"}, {"header": "種別", "field": "categoryCode"},
                             {"header": "メモ", "field": null}, {"header": "電話", "field": "phone"}]}""");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("version").getIntValue()).isZero();

        JsonNode preview = files.preview(OWN_HEADERS, "名簿.csv", "");
        assertThat(preview.get("missing").size()).isZero();
        assertThat(preview.get("create").getIntValue()).as(preview.toString()).isEqualTo(1);
        JsonNode columns = preview.get("columns");
        assertThat(columns.get(0).get("field").getStringValue()).isEqualTo("name");
        assertThat(columns.get(0).get("source").getStringValue()).isEqualTo("saved");
        assertThat(columns.get(3).get("field").isNull()).as("メモ is saved as not imported").isTrue();
        assertThat(columns.get(3).get("source").getStringValue()).isEqualTo("saved");

        assertThat(files.apply(preview.get("importId").getStringValue()).get("status").getStringValue()).isEqualTo("applied");
        JsonNode sponsor = admin.get(files.path("/sponsors?status=all")).json().get("items").get(0);
        assertThat(sponsor.get("name").getStringValue()).isEqualTo("大森の薬局");
        assertThat(sponsor.get("phone").getStringValue()).isEqualTo("03-3333-4444");
        JsonNode detail = admin.get(files.path("/sponsors/" + sponsor.get("id").getLongValue())).json();
        assertThat(detail.get("notes").isNull()).as("the unmapped メモ column is not imported").isTrue();

        JsonNode read = admin.get(files.path("/roster/mapping")).json();
        assertThat(read.get("entries").size()).isEqualTo(4);
        assertThat(read.get("fields").size()).isEqualTo(RosterField.values().length);
    }

    @Test
    void aMappingIsSavedWithItsVersionAndCheckedField() {
        assertThat(admin.put(files.path("/roster/mapping"), "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}").status()).isEqualTo(200);
        Api.Reply stale = admin.put(files.path("/roster/mapping"), "{\"entries\":[],\"version\":5}");
        assertThat(stale.status()).isEqualTo(409);
        Api.Reply again = admin.put(files.path("/roster/mapping"), "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"}]}");
        assertThat(again.status()).as("a second first save is stale too").isEqualTo(409);

        Api.Reply unknown = admin.put(files.path("/roster/mapping"), "{\"entries\":[{\"header\":\"会社名\",\"field\":\"password\"}],\"version\":0}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("entries[0].field");
        Api.Reply twice = admin.put(files.path("/roster/mapping"),
                "{\"entries\":[{\"header\":\"会社名\",\"field\":\"name\"},{\"header\":\"屋号\",\"field\":\"name\"}],\"version\":0}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("message").getStringValue()).contains("「名称」に2つ以上の列");

        Api.Reply cleared = admin.put(files.path("/roster/mapping"), "{\"entries\":[],\"version\":0}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("version").getIntValue()).isEqualTo(1);
        assertThat(cleared.json().get("entries").size()).isZero();
    }
}
