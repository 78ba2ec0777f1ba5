package jp.mimamo.noren.demo;

import jp.mimamo.noren.sponsors.SponsorContact;
import jp.mimamo.noren.sponsors.SponsorForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds a plausible roster for a demo region: names with readings, local phone numbers and postal codes. */
final class DemoRoster {
    /** Name pattern and reading pattern; {0} is the place, {1} its reading. */
    private static final String[][] HOSPITALS = {
            {"{0}みなみ病院", "{1}ミナミビョウイン"}, {"{0}総合病院", "{1}ソウゴウビョウイン"},
            {"{0}記念病院", "{1}キネンビョウイン"}, {"{0}中央病院", "{1}チュウオウビョウイン"}};
    private static final String[][] FACILITIES = {
            {"特別養護老人ホーム{0}苑", "トクベツヨウゴロウジンホーム{1}エン"}, {"介護老人保健施設{0}", "カイゴロウジンホケンシセツ{1}"},
            {"グループホーム{0}", "グループホーム{1}"}, {"{0}ケアハウス", "{1}ケアハウス"}};
    private static final String[][] CARE = {
            {"{0}訪問看護ステーション", "{1}ホウモンカンゴステーション"}, {"{0}居宅介護支援事業所", "{1}キョタクカイゴシエンジギョウショ"},
            {"{0}デイサービス", "{1}デイサービス"}, {"{0}在宅クリニック", "{1}ザイタククリニック"},
            {"{0}歯科医院", "{1}シカイイン"}};
    private static final String[][] COMPANIES = {
            {"{0}信用金庫", "{1}シンヨウキンコ"}, {"スーパー{0}", "スーパー{1}"}, {"{0}商店会", "{1}ショウテンカイ"},
            {"{0}郵便局", "{1}ユウビンキョク"}, {"{0}タクシー株式会社", "{1}タクシーカブシキガイシャ"},
            {"カラオケ{0}", "カラオケ{1}"}, {"{0}フィットネスクラブ", "{1}フィットネスクラブ"}, {"喫茶{0}", "キッサ{1}"}};
    private static final String[][] PHARMACIES = {{"{0}薬局", "{1}ヤッキョク"}, {"{0}調剤薬局", "{1}チョウザイヤッキョク"}};
    private static final String[][] PEOPLE = {
            {"佐藤 美穂", "サトウ ミホ"}, {"鈴木 健一", "スズキ ケンイチ"}, {"高橋 由美", "タカハシ ユミ"}, {"田中 誠", "タナカ マコト"},
            {"渡辺 恵子", "ワタナベ ケイコ"}, {"伊藤 隆", "イトウ タカシ"}, {"山本 真理", "ヤマモト マリ"}, {"中村 翔太", "ナカムラ ショウタ"}};
    private static final String[] TITLES = {"地域連携室長", "事業所長", "店長", "総務課長", "管理者", "相談員"};

    private DemoRoster() {
    }

    static List<SponsorForm> of(DemoRegion region) {
        List<SponsorForm> roster = new ArrayList<>();
        add(roster, region, "hospital", HOSPITALS, region.hospitals());
        add(roster, region, "facility", FACILITIES, region.facilities());
        add(roster, region, "care", CARE, region.careProviders());
        add(roster, region, "company", COMPANIES, region.companies());
        add(roster, region, "pharmacy", PHARMACIES, region.pharmacies());
        return roster;
    }

    /** A ten-digit number in the region's area code: 03-3xxx-xxxx, 046-2xx-xxxx, 0134-2x-xxxx. */
    static String phone(String areaCode, int n) {
        int middleDigits = 10 - areaCode.length() - 4;
        String middle = "2" + String.format("%0" + (middleDigits - 1) + "d", (n * 37) % (int) Math.pow(10, middleDigits - 1));
        return areaCode + "-" + middle + "-" + String.format("%04d", (n * 7919) % 10000);
    }

    private static void add(List<SponsorForm> roster, DemoRegion region, String category, String[][] patterns, int count) {
        for (int i = 0; i < count; i++) {
            String[] pattern = patterns[i % patterns.length];
            DemoRegion.Place place = region.places().get((i / patterns.length + i) % region.places().size());
            int n = roster.size() + 1;
            String[] person = PEOPLE[n % PEOPLE.length];
            String phone = phone(region.areaCode(), n);
            roster.add(new SponsorForm(
                    pattern[0].replace("{0}", place.name()), pattern[1].replace("{1}", place.kana()), category,
                    String.format("%s-%04d", region.postalPrefix(), 10 + n), region.prefecture() + place.name() + (n % 5 + 1) + "-" + (n % 9 + 1) + "-" + (n % 20 + 1),
                    phone, null, LocalDate.of(2010 + n % 15, 4, 1).plusDays(n * 11L % 300), null,
                    List.of(new SponsorContact(person[0], person[1], TITLES[n % TITLES.length], phone, null)), null));
        }
    }
}
