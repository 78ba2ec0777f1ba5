package jp.mimamo.noren.demo;

import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.centres.CentreForm;
import jp.mimamo.noren.centres.Centres;
import jp.mimamo.noren.keychains.Keychains;
import jp.mimamo.noren.registrants.Consent;
import jp.mimamo.noren.registrants.MedicalNotes;
import jp.mimamo.noren.registrants.RegistrantConnection;
import jp.mimamo.noren.registrants.RegistrantForm;
import jp.mimamo.noren.registrants.Registrants;
import jp.mimamo.noren.registrants.StatusForm;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two support centres per demo region, ten registrants at each with their connections and a keychain, and the
 * demo centre-staff user (if the region has one) assigned to the first centre. Registrants are entered by a
 * registering account that is assigned to each centre in turn and removed at the end.
 */
final class DemoRegistry {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String REGISTERING = "demo-registry";
    private static final int PER_CENTRE = 10;
    private static final String[][] FAMILY = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"高橋", "タカハシ"}, {"田中", "タナカ"},
            {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
            {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"},
            {"林", "ハヤシ"}, {"清水", "シミズ"}, {"山崎", "ヤマザキ"}, {"森", "モリ"}};
    private static final String[][] WOMEN = {{"ハナ", "ハナ"}, {"トメ", "トメ"}, {"フミ", "フミ"}, {"キヨ", "キヨ"}, {"静子", "シズコ"},
            {"和子", "カズコ"}, {"節子", "セツコ"}, {"幸子", "サチコ"}};
    private static final String[][] MEN = {{"茂", "シゲル"}, {"清", "キヨシ"}, {"勇", "イサム"}, {"正一", "ショウイチ"}, {"久雄", "ヒサオ"},
            {"武", "タケシ"}};
    private static final String[] CONDITIONS = {"高血圧", "糖尿病（内服治療中）", "軽度の認知症", "心房細動", "骨粗しょう症", null};
    private static final String[] MEDICATION = {"降圧剤（朝1回）", "血糖降下薬（朝夕）", "抗認知症薬", "抗凝固薬（ワルファリン）", null, null};
    private static final String[] PLACES = {"喫茶 さくら（毎朝）", "地域のサロン（毎週火曜）", "スーパーの休憩コーナー", "公民館の体操教室", "銭湯"};
    private static final String[] LIVING = {"alone", "alone", "elderly-only", "with-family", "alone"};
    /**
     * Birth months relative to the current one, by registrant: the first centre has four people due this month and
     * some of earlier months (DemoUpdates gives them a history); the rest spread over the year.
     */
    static final int[] BIRTH_MONTH_OFFSETS = {0, 0, 0, 0, 4, -1, -2, -3, -4, 6, 0, 0, -1, 1, 2, 3, 5, 7, 8, 9};

    private DemoRegistry() {
    }

    /** @return the first centre's registrants, in the order entered */
    static List<Long> seed(DemoRegion demo, Centres centres, Registrants registrants, Keychains keychains) {
        List<Long> firstCentre = new java.util.ArrayList<>();
        CurrentRegion admin = as(demo, demo.region().code() + "-admin", Roles.REGION_ADMIN);
        CurrentRegion registering = as(demo, REGISTERING, Roles.CENTRE_STAFF);
        List<DemoRegion.Centre> centreList = demo.centres();
        int n = 0;
        long registeringAt = 0;
        for (int c = 0; c < centreList.size(); c++) {
            DemoRegion.Centre centre = centreList.get(c);
            long id = centres.create(admin, new CentreForm(centre.name(), centre.kana(), null, demo.prefecture() + centre.place(),
                    centre.phone(), "平日 8:30〜17:15（土曜は午前のみ）", centre.afterHours(), centre.afterHoursPhone(),
                    demo.region().code() + "-centre-" + (c + 1) + "@mimamo.example", null),
                    Locale.JAPANESE).id();
            centres.assign(admin, id, REGISTERING, Locale.JAPANESE);
            registeringAt = id;
            for (int i = 0; i < PER_CENTRE; i++, n++) {
                long registrant = registrants.register(registering, form(demo, centre, n), ClientInfo.NONE, Locale.JAPANESE).id();
                if (c == 0) {
                    firstCentre.add(registrant);
                }
                keychains.issue(registering, registrant, ClientInfo.NONE);
                if (n % 9 == 4) {
                    registrants.changeStatus(registering, registrant, new StatusForm("in-hospital", LocalDate.now(TOKYO).minusDays(n),
                            "肺炎で入院（デモデータ）", 0), ClientInfo.NONE, Locale.JAPANESE);
                }
            }
            if (c == 0 && demo.staffUser() != null) {
                centres.assign(admin, id, demo.staffUser(), Locale.JAPANESE);
            }
        }
        centres.unassign(admin, registeringAt, REGISTERING, Locale.JAPANESE);
        return firstCentre;
    }

    private static RegistrantForm form(DemoRegion demo, DemoRegion.Centre centre, int n) {
        String[] family = FAMILY[(n * 7) % FAMILY.length];
        boolean woman = n % 3 != 2;
        String[] given = woman ? WOMEN[n % WOMEN.length] : MEN[n % MEN.length];
        int month = Math.floorMod(LocalDate.now(TOKYO).getMonthValue() - 1 + BIRTH_MONTH_OFFSETS[n % BIRTH_MONTH_OFFSETS.length], 12) + 1;
        LocalDate birth = LocalDate.of(1932 + (n * 5) % 19, month, 1 + (n * 11) % 28);
        String phone = DemoRoster.phone(demo.areaCode(), 500 + n);
        List<RegistrantConnection> connections = List.of(
                new RegistrantConnection(1, "family", family[0] + (woman ? " 一郎" : " 花子"), woman ? "長男" : "長女",
                        String.format("090-%04d-%04d", (n * 37) % 10000, (n * 7919) % 10000), "平日の日中は仕事"),
                new RegistrantConnection(2, n % 2 == 0 ? "neighbour" : "care-manager", n % 2 == 0 ? "隣の 木下さん" : "ケアマネジャー 石川",
                        n % 2 == 0 ? "隣人" : "担当ケアマネジャー", DemoRoster.phone(demo.areaCode(), 900 + n), null),
                new RegistrantConnection(3, "place", PLACES[n % PLACES.length], "よく行く場所", null, null));
        return new RegistrantForm(null, family[0] + " " + given[0], family[1] + " " + given[1], birth, woman ? "female" : "male",
                null, demo.prefecture() + centre.place() + (n % 5 + 1) + "-" + (n % 9 + 1) + "-" + (n % 20 + 1), phone,
                LIVING[n % LIVING.length], null, n % 4 == 0 ? "support-1" : n % 4 == 1 ? "care-1" : null,
                new MedicalNotes(CONDITIONS[n % CONDITIONS.length], MEDICATION[n % MEDICATION.length], null,
                        centre.place() + "クリニック", DemoRoster.phone(demo.areaCode(), 700 + n), null, null),
                new Consent("2024年4月版", LocalDate.now(TOKYO).minusDays(400 + n * 17L), List.of("hospital", "police", "fire")),
                connections, null);
    }

    private static CurrentRegion as(DemoRegion demo, String username, String role) {
        return new CurrentRegion(demo.region(), new Caller(username, "デモデータ", null, Set.of(role), List.of(demo.region().code())));
    }
}
