import jp.mimamo.noren.devstack.EmbeddedDatabase;
import jp.mimamo.noren.devstack.KeycloakServer;
import jp.mimamo.noren.shared.JapaneseText;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * Helpers for bench/run.sh, run from source against the product jar
 * ({@code java -cp backend/target/noren.jar bench/BenchTool.java <command> …}) so that the benchmark uses the
 * product's own classes: the embedded database and Keycloak launcher of the run command, and the search-key
 * normalisation of the roster.
 *
 * <ul>
 *   <li>{@code infra <home> <keycloakHome> <realmFile> <dbPort> <keycloakPort> <keycloakManagementPort>}: starts the
 *   embedded PostgreSQL 17 (data in {@code <home>/postgres}) and Keycloak with the demo realm (its store in the
 *   same PostgreSQL), prints {@code BENCH-INFRA-READY} and runs until it is terminated. The application itself
 *   is started separately with {@code java -jar}, as in production, so that its start-up can be timed.</li>
 *   <li>{@code data <outDir> <regions> <perRegion> <seed>}: writes {@code sponsors.csv} (CSV for COPY) for the
 *   regions {@code bench1…bench<regions>}: realistic Japanese names and readings, the product's search key.</li>
 *   <li>{@code registrants <outDir> <centres> <perCentre> <seed>}: writes {@code registrants.csv} (CSV for COPY): centre
 *   number (1…), name, reading, search key, birth date (months spread evenly), sex, postal code, address, phone,
 *   household, and the day of consent (one to six years ago) for bench/worklist.sh.</li>
 *   <li>{@code lookup-data <outDir> <regions> <perRegion> <seed>}: the keychain registry of bench/lookup.sh as CSV
 *   for COPY: regions {@code lookup1…}, prefixes {@code LKA…}, one centre each, registrants with two connections
 *   and a keychain whose number carries a valid Damm check digit; {@code numbers.csv} lists every number.</li>
 *   <li>{@code lookup-load <url> <token> <numbers.csv> <threads> <seconds> <latencies>}: look-ups over HTTP/1.1
 *   keep-alive from {@code <threads>} threads for {@code <seconds>} (after a 5 s warm-up), each a random number
 *   of the file; prints {@code requests rps p50 p99 errors} and writes every latency (µs) to {@code <latencies>}.</li>
 *   <li>{@code pages <pdf>}: prints the number of pages of a PDF (bench/renewals.sh).</li>
 *   <li>{@code pattern <text>}: prints the LIKE pattern the search endpoint builds for {@code q=<text>}.</li>
 *   <li>{@code import-data <outDir> <sponsors> <years> <firstYear> <firstId> <copyRegion> <seed>}: writes the same
 *   sponsor-year rows twice: {@code import.csv}, a roster file as the export writes it (UTF-8 with BOM, a row per
 *   sponsor and year), and {@code copy-sponsors.csv} / {@code copy-sponsorships.csv}, the rows the import stores, for
 *   COPY into {@code <copyRegion>} (sponsor ids from {@code <firstId>}, which the caller reserves from the
 *   sequence).</li>
 *   <li>{@code mail <port>}: a GreenMail SMTP server on 127.0.0.1 that keeps nothing of interest; prints
 *   {@code BENCH-MAIL-READY} and runs until terminated (bench/onboarding.sh, whose invitations are mailed).</li>
 * </ul>
 */
public final class BenchTool {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "infra" -> infra(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "data" -> data(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "import-data" -> importData(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Long.parseLong(args[5]), args[6], Long.parseLong(args[7]));
            case "registrants" -> registrants(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
            case "lookup-data" -> lookupData(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            case "lookup-load" -> lookupLoad(args[1], args[2], Path.of(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]));
            case "pages" -> {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(Path.of(args[1]).toFile())) {
                    System.out.println(pdf.getNumberOfPages());
                }
            }
            case "percentiles" -> percentiles(Path.of(args[1]));
            case "mail" -> {
                try (var mail = jp.mimamo.noren.devstack.LocalMailServer.start(Integer.parseInt(args[1]))) {
                    System.out.println("BENCH-MAIL-READY " + mail.port());
                    new CountDownLatch(1).await();
                }
            }
            case "pattern" -> System.out.println("%" + JapaneseText.searchKey(args[1])
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ---------------------------------------------------------------- infra

    private static void infra(Path home, Path keycloakHome, Path realmFile, int dbPort, int keycloakPort, int managementPort)
            throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), dbPort);
        KeycloakServer keycloak;
        try {
            keycloak = KeycloakServer.start(keycloakHome, keycloakPort, Files.readString(realmFile, StandardCharsets.UTF_8),
                    List.of("--db=postgres", "--db-url=" + database.url(EmbeddedDatabase.KEYCLOAK_DATABASE),
                            "--db-username=" + EmbeddedDatabase.KEYCLOAK, "--db-password=" + EmbeddedDatabase.KEYCLOAK,
                            // Keycloak's management interface (health) defaults to port 9000, which a running
                            // ./run.sh already holds.
                            "--http-management-port=" + managementPort),
                    Map.of(), Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
            stopped.countDown();
        }));
        System.out.println("BENCH-INFRA-READY");
        System.out.flush();
        stopped.await();
    }

    // ---------------------------------------------------------------- data

    private record Pattern(String category, String name, String kana) {
    }

    /** Place-based names: {0} is the place, {1} its reading. */
    private static final List<Pattern> PLACE_PATTERNS = List.of(
            new Pattern("hospital", "{0}病院", "{1}ビョウイン"),
            new Pattern("hospital", "{0}総合病院", "{1}ソウゴウビョウイン"),
            new Pattern("hospital", "{0}記念病院", "{1}キネンビョウイン"),
            new Pattern("hospital", "{0}中央病院", "{1}チュウオウビョウイン"),
            new Pattern("facility", "特別養護老人ホーム{0}苑", "トクベツヨウゴロウジンホーム{1}エン"),
            new Pattern("facility", "介護老人保健施設{0}", "カイゴロウジンホケンシセツ{1}"),
            new Pattern("facility", "グループホーム{0}", "グループホーム{1}"),
            new Pattern("facility", "{0}ケアハウス", "{1}ケアハウス"),
            new Pattern("facility", "サービス付き高齢者向け住宅{0}", "サービスツキコウレイシャムケジュウタク{1}"),
            new Pattern("care", "{0}訪問看護ステーション", "{1}ホウモンカンゴステーション"),
            new Pattern("care", "{0}居宅介護支援事業所", "{1}キョタクカイゴシエンジギョウショ"),
            new Pattern("care", "デイサービス{0}", "デイサービス{1}"),
            new Pattern("care", "{0}在宅クリニック", "{1}ザイタククリニック"),
            new Pattern("care", "ヘルパーステーション{0}", "ヘルパーステーション{1}"),
            new Pattern("care", "{0}地域包括支援センター", "{1}チイキホウカツシエンセンター"),
            new Pattern("company", "{0}信用金庫", "{1}シンヨウキンコ"),
            new Pattern("company", "スーパー{0}", "スーパー{1}"),
            new Pattern("company", "{0}商店会", "{1}ショウテンカイ"),
            new Pattern("company", "{0}郵便局", "{1}ユウビンキョク"),
            new Pattern("company", "{0}タクシー株式会社", "{1}タクシーカブシキガイシャ"),
            new Pattern("company", "カラオケ{0}", "カラオケ{1}"),
            new Pattern("company", "{0}フィットネスクラブ", "{1}フィットネスクラブ"),
            new Pattern("company", "喫茶{0}", "キッサ{1}"),
            new Pattern("company", "（株）{0}ガス", "{1}ガス"),
            new Pattern("pharmacy", "{0}薬局", "{1}ヤッキョク"),
            new Pattern("pharmacy", "{0}調剤薬局", "{1}チョウザイヤッキョク"));

    /** Family-name-based names: {0} is the family name, {1} its reading. */
    private static final List<Pattern> FAMILY_PATTERNS = List.of(
            new Pattern("care", "{0}内科クリニック", "{1}ナイカクリニック"),
            new Pattern("care", "{0}歯科医院", "{1}シカイイン"),
            new Pattern("care", "{0}整形外科", "{1}セイケイゲカ"),
            new Pattern("care", "{0}介護サービス", "{1}カイゴサービス"),
            new Pattern("company", "{0}商店", "{1}ショウテン"),
            new Pattern("company", "{0}工務店", "{1}コウムテン"),
            new Pattern("company", "{0}新聞店", "{1}シンブンテン"),
            new Pattern("company", "{0}米穀店", "{1}ベイコクテン"),
            new Pattern("company", "ＣＡＦＥ　{0}", "カフェ {1}"),
            new Pattern("company", "{0}ﾃﾞﾝｷ", "{1}デンキ"),
            new Pattern("pharmacy", "{0}ドラッグ", "{1}ドラッグ"),
            new Pattern("pharmacy", "{0}薬店", "{1}ヤクテン"));

    private static final String[] PLACES = {
            "山王", "サンノウ", "大森", "オオモリ", "蒲田", "カマタ", "池上", "イケガミ", "馬込", "マゴメ", "田園調布", "デンエンチョウフ",
            "羽田", "ハネダ", "久が原", "クガハラ", "雪谷", "ユキガヤ", "鵜の木", "ウノキ", "下丸子", "シモマルコ", "矢口", "ヤグチ",
            "六郷", "ロクゴウ", "糀谷", "コウジヤ", "萩中", "ハギナカ", "平和島", "ヘイワジマ", "大和", "ヤマト", "中央林間", "チュウオウリンカン",
            "鶴間", "ツルマ", "高座渋谷", "コウザシブヤ", "桜ヶ丘", "サクラガオカ", "南林間", "ミナミリンカン", "上草柳", "カミソウヤギ",
            "深見", "フカミ", "岸和田", "キシワダ", "春木", "ハルキ", "久米田", "クメダ", "東岸和田", "ヒガシキシワダ", "八木", "ヤギ",
            "小樽", "オタル", "手宮", "テミヤ", "花園", "ハナゾノ", "朝里", "アサリ", "銭函", "ゼニバコ", "稲穂", "イナホ",
            "さくら", "サクラ", "あおば", "アオバ", "若葉", "ワカバ", "緑町", "ミドリチョウ", "本町", "ホンチョウ", "東町", "ヒガシマチ",
            "西町", "ニシマチ", "南町", "ミナミマチ", "北町", "キタマチ", "松が丘", "マツガオカ", "梅ヶ丘", "ウメガオカ", "ひばり", "ヒバリ",
            "日吉", "ヒヨシ", "高砂", "タカサゴ", "千鳥", "チドリ", "富士見", "フジミ", "旭", "アサヒ", "栄", "サカエ",
            "青葉台", "アオバダイ", "希望ヶ丘", "キボウガオカ", "緑ヶ丘", "ミドリガオカ", "港", "ミナト", "新町", "シンマチ", "元町", "モトマチ",
            "大宮", "オオミヤ", "上野", "ウエノ", "平井", "ヒライ", "桜木", "サクラギ", "泉", "イズミ", "寿", "コトブキ",
            "宮前", "ミヤマエ", "東山", "ヒガシヤマ", "西山", "ニシヤマ"};

    private static final String[] FAMILIES = {
            "佐藤", "サトウ", "鈴木", "スズキ", "高橋", "タカハシ", "田中", "タナカ", "渡辺", "ワタナベ", "伊藤", "イトウ",
            "山本", "ヤマモト", "中村", "ナカムラ", "小林", "コバヤシ", "加藤", "カトウ", "吉田", "ヨシダ", "山田", "ヤマダ",
            "佐々木", "ササキ", "山口", "ヤマグチ", "松本", "マツモト", "井上", "イノウエ", "木村", "キムラ", "林", "ハヤシ",
            "斎藤", "サイトウ", "清水", "シミズ", "山崎", "ヤマザキ", "森", "モリ", "池田", "イケダ", "橋本", "ハシモト",
            "阿部", "アベ", "石川", "イシカワ", "髙橋", "タカハシ", "長谷川", "ハセガワ", "近藤", "コンドウ", "岡田", "オカダ",
            "前田", "マエダ", "藤田", "フジタ", "小川", "オガワ", "岡本", "オカモト"};

    private static void data(Path out, int regions, int perRegion, long seed) throws IOException {
        Files.createDirectories(out);
        List<String[]> names = new ArrayList<>();
        for (Pattern p : PLACE_PATTERNS) {
            for (int i = 0; i < PLACES.length; i += 2) {
                names.add(new String[]{p.category, p.name.replace("{0}", PLACES[i]), p.kana.replace("{1}", PLACES[i + 1])});
            }
        }
        for (Pattern p : FAMILY_PATTERNS) {
            for (int i = 0; i < FAMILIES.length; i += 2) {
                names.add(new String[]{p.category, p.name.replace("{0}", FAMILIES[i]), p.kana.replace("{1}", FAMILIES[i + 1])});
            }
        }
        if (names.size() < perRegion) {
            throw new IllegalArgumentException("only " + names.size() + " distinct names; asked for " + perRegion);
        }
        try (Writer s = Files.newBufferedWriter(out.resolve("sponsors.csv"), StandardCharsets.UTF_8)) {
            for (int region = 1; region <= regions; region++) {
                String code = "bench" + region;
                Random random = new Random(seed * 31 + region);
                List<String[]> roster = new ArrayList<>(names);
                Collections.shuffle(roster, random);
                for (int n = 0; n < perRegion; n++) {
                    String[] entry = roster.get(n);
                    String name = entry[1];
                    String kana = JapaneseText.reading(entry[2]);
                    // The same key the product stores (SponsorRules): name key, a space, reading key.
                    String searchKey = JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana);
                    String postal = String.format("%03d-%04d", 100 + random.nextInt(900), random.nextInt(10000));
                    String address = "東京都大田区" + PLACES[2 * random.nextInt(PLACES.length / 2)]
                            + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
                    String phone = String.format("03-%04d-%04d", 3000 + random.nextInt(7000), random.nextInt(10000));
                    String email = random.nextInt(3) == 0 ? "info" + region + "-" + n + "@example.jp" : null;
                    LocalDate joined = LocalDate.of(2008, 4, 1).plusDays(random.nextInt(6400));
                    String notes = random.nextInt(10) == 0 ? "年度更新の案内は郵送を希望。" : null;
                    // About 5 % archived, as in a roster that has been kept for some years.
                    String archived = random.nextInt(20) == 0 ? joined.plusYears(3) + " 09:00:00+09" : null;
                    csv(s, code, entry[0], name, kana, searchKey, postal, address, phone, email, joined.toString(), notes, archived);
                }
            }
        }
    }

    // ---------------------------------------------------------------- registrants

    private static final String[] GIVEN = {"ハナ", "ハナ", "トメ", "トメ", "フミ", "フミ", "キヨ", "キヨ", "静子", "シズコ", "和子", "カズコ",
            "節子", "セツコ", "幸子", "サチコ", "茂", "シゲル", "清", "キヨシ", "勇", "イサム", "正一", "ショウイチ", "久雄", "ヒサオ", "武", "タケシ"};
    private static final String[] HOUSEHOLDS = {"alone", "alone", "elderly-only", "with-family", "other"};

    private static void registrants(Path out, int centres, int perCentre, long seed) throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        try (Writer w = Files.newBufferedWriter(out.resolve("registrants.csv"), StandardCharsets.UTF_8)) {
            for (int centre = 1; centre <= centres; centre++) {
                for (int n = 0; n < perCentre; n++) {
                    int f = 2 * random.nextInt(FAMILIES.length / 2);
                    int g = 2 * random.nextInt(GIVEN.length / 2);
                    String name = FAMILIES[f] + " " + GIVEN[g];
                    String kana = JapaneseText.reading(FAMILIES[f + 1] + " " + GIVEN[g + 1]);
                    LocalDate birth = LocalDate.of(1926 + random.nextInt(30), 1 + n % 12, 1 + random.nextInt(28));
                    String sex = g < 16 ? "female" : "male";
                    String postal = String.format("143-%04d", random.nextInt(10000));
                    String address = "東京都大田区" + PLACES[2 * random.nextInt(PLACES.length / 2)]
                            + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
                    String phone = String.format("03-%04d-%04d", 3000 + random.nextInt(7000), random.nextInt(10000));
                    LocalDate consented = today.minusDays(400 + random.nextInt(1800));
                    csv(w, Integer.toString(centre), name, kana, JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana),
                            birth.toString(), sex, postal, address, phone, HOUSEHOLDS[random.nextInt(HOUSEHOLDS.length)], consented.toString());
                }
            }
        }
    }

    // ---------------------------------------------------------------- look-up data and load

    private static final int[][] DAMM = {{0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3}, {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6}, {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1}, {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7}, {9, 4, 3, 8, 6, 1, 7, 2, 0, 5}, {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    private static String number(String prefix, int digits) {
        String eight = String.format("%08d", digits);
        StringBuilder checked = new StringBuilder();
        for (char c : prefix.toCharArray()) {
            checked.append(c - 'A' + 10);
        }
        checked.append(eight);
        int interim = 0;
        for (char c : checked.toString().toCharArray()) {
            interim = DAMM[interim][c - '0'];
        }
        String candidate = prefix + eight + interim;
        if (!jp.mimamo.noren.keychains.RegistrationNumber.isValid(candidate)) {
            throw new IllegalStateException("not a valid number: " + candidate);
        }
        return candidate;
    }

    private static void lookupData(Path out, int regions, int perRegion, long seed) throws IOException {
        Files.createDirectories(out);
        try (Writer r = Files.newBufferedWriter(out.resolve("registrants.csv"), StandardCharsets.UTF_8);
             Writer c = Files.newBufferedWriter(out.resolve("connections.csv"), StandardCharsets.UTF_8);
             Writer k = Files.newBufferedWriter(out.resolve("keychains.csv"), StandardCharsets.UTF_8);
             Writer n = Files.newBufferedWriter(out.resolve("numbers.csv"), StandardCharsets.UTF_8)) {
            for (int region = 1; region <= regions; region++) {
                String code = "lookup" + region;
                String prefix = "LK" + (char) ('A' + region - 1);
                Random random = new Random(seed * 31 + region);
                java.util.Set<Integer> used = new java.util.HashSet<>();
                for (int i = 0; i < perRegion; i++) {
                    long id = region * 1_000_000L + i;
                    int family = 2 * random.nextInt(FAMILIES.length / 2);
                    String name = FAMILIES[family] + " " + (random.nextBoolean() ? "ハナ" : "シゲル");
                    String kana = FAMILIES[family + 1] + " " + (name.endsWith("ハナ") ? "ハナ" : "シゲル");
                    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(7300));
                    String disclose = random.nextInt(4) == 0 ? "{hospital}" : "{hospital,police,fire}";
                    plain(r, code, String.valueOf(id), name, kana, birth.toString(), "東京都大田区大森北" + (1 + random.nextInt(6)) + "-"
                            + (1 + random.nextInt(30)), "高血圧", "降圧剤（朝1回）", disclose);
                    plain(c, code, String.valueOf(id), "1", "family", FAMILIES[family] + " 一郎", "長男", "090-1234-5678");
                    plain(c, code, String.valueOf(id), "2", "neighbour", "佐藤 和子", "隣人", "03-3761-9999");
                    int digits;
                    do {
                        digits = random.nextInt(100_000_000);
                    } while (!used.add(digits));
                    String number = number(prefix, digits);
                    plain(k, code, number, prefix, String.valueOf(id), "bench");
                    plain(n, number);
                }
            }
        }
    }

    /** 32 threads of keep-alive look-ups; the answer must be 200 for every number of the file. */
    private static void lookupLoad(String url, String token, Path numbersFile, int threads, int seconds, Path latencies)
            throws Exception {
        List<String> numbers = Files.readAllLines(numbersFile);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
        long warmUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long until = warmUntil + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perThread = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong errors = new java.util.concurrent.atomic.AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            long[] samples = new long[2_000_000];
            perThread.add(samples);
            int seed = t;
            new Thread(() -> {
                Random random = new Random(seed);
                int count = 0;
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start > until) {
                            break;
                        }
                        String number = numbers.get(random.nextInt(numbers.size()));
                        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Accept-Language", "ja")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"number\":\"" + number + "\",\"reason\":\"transport\"}")).build();
                        var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                        long took = (System.nanoTime() - start) / 1000;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (start >= warmUntil && count < samples.length - 1) {
                            samples[++count] = took;
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    samples[0] = count;
                    done.countDown();
                }
            }).start();
        }
        done.await();
        List<Long> all = new ArrayList<>();
        for (long[] samples : perThread) {
            for (int i = 1; i <= samples[0]; i++) {
                all.add(samples[i]);
            }
        }
        Collections.sort(all);
        try (Writer w = Files.newBufferedWriter(latencies)) {
            for (long v : all) {
                w.write(v + "\n");
            }
        }
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1000.0;
        double p99 = all.isEmpty() ? 0 : all.get((int) (all.size() * 0.99)) / 1000.0;
        System.out.printf("%d %.0f %.2f %.2f %d%n", all.size(), all.size() / (double) seconds, p50, p99, errors.get());
        System.out.flush();
        System.exit(0); // the HTTP client's threads would otherwise keep this JVM alive
    }

    // ---------------------------------------------------------------- import data

    private static final String IMPORT_HEADER = "名称,フリガナ,カテゴリ,郵便番号,住所,電話番号,メールアドレス,入会日,備考,状態,"
            + "年度,回答,口数,1口の金額,協賛金,請求日,入金日,入金方法,入金額,年度の備考";

    /**
     * {@code sponsors} distinct sponsors (a base name and a branch place, e.g. 山王病院・大森分室), each with
     * {@code years} fiscal years from {@code firstYear}: the last one 未回答, the earlier ones mostly 継続 and paid by
     * transfer, some 辞退.
     */
    private static void importData(Path out, int sponsors, int years, int firstYear, long firstId, String copyRegion, long seed)
            throws IOException {
        Files.createDirectories(out);
        List<String[]> names = new ArrayList<>();
        for (Pattern p : PLACE_PATTERNS) {
            for (int i = 0; i < PLACES.length; i += 2) {
                names.add(new String[]{p.category, p.name.replace("{0}", PLACES[i]), p.kana.replace("{1}", PLACES[i + 1])});
            }
        }
        Random random = new Random(seed);
        Collections.shuffle(names, random);
        int branches = PLACES.length / 2;
        if ((long) names.size() * branches < sponsors) {
            throw new IllegalArgumentException("only " + names.size() * branches + " distinct names; asked for " + sponsors);
        }
        try (Writer file = Files.newBufferedWriter(out.resolve("import.csv"), StandardCharsets.UTF_8);
             Writer copySponsors = Files.newBufferedWriter(out.resolve("copy-sponsors.csv"), StandardCharsets.UTF_8);
             Writer copyYears = Files.newBufferedWriter(out.resolve("copy-sponsorships.csv"), StandardCharsets.UTF_8)) {
            file.write('\uFEFF');
            file.write(IMPORT_HEADER + "\r\n");
            for (int n = 0; n < sponsors; n++) {
                String[] base = names.get(n % names.size());
                int branch = n / names.size();
                String name = base[1] + "・" + PLACES[2 * branch] + "分室";
                String kana = JapaneseText.reading(base[2] + "・" + PLACES[2 * branch + 1] + "ブンシツ");
                String searchKey = JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana);
                String postal = String.format("%03d-%04d", 100 + random.nextInt(900), random.nextInt(10000));
                String address = "東京都大田区" + PLACES[2 * random.nextInt(branches)] + (1 + random.nextInt(5)) + "-"
                        + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
                String phone = String.format("03-%04d-%04d", 3000 + random.nextInt(7000), random.nextInt(10000));
                String email = random.nextInt(3) == 0 ? "info" + n + "@example.jp" : null;
                String joined = LocalDate.of(2008, 4, 1).plusDays(random.nextInt(5000)).toString();
                String notes = random.nextInt(10) == 0 ? "年度更新の案内は郵送を希望。" : null;
                long id = firstId + n;
                csv(copySponsors, copyRegion, String.valueOf(id), base[0], name, kana, searchKey, postal, address, phone, email, joined, notes);
                for (int y = 0; y < years; y++) {
                    int year = firstYear + y;
                    boolean current = y == years - 1;
                    boolean declined = !current && random.nextInt(10) == 0;
                    String status = current ? "pending" : declined ? "declined" : "renewed";
                    int units = 1 + random.nextInt(3);
                    int fee = units * 10_000;
                    boolean paid = status.equals("renewed");
                    String paidOn = paid ? LocalDate.of(year, 6, 1).plusDays(random.nextInt(60)).toString() : null;
                    String yearNotes = random.nextInt(20) == 0 ? "口数は理事会で決定" : null;
                    plain(file, name, kana, base[0], postal, address, phone, email, joined, notes, "有効", String.valueOf(year),
                            STATUS_WORDS.get(status), String.valueOf(units), "10000", String.valueOf(fee), null, paidOn,
                            paid ? "振込" : null, paid ? String.valueOf(fee) : null, yearNotes);
                    csv(copyYears, copyRegion, String.valueOf(id), String.valueOf(year), status, String.valueOf(units), "10000",
                            String.valueOf(fee), current ? null : "2026-01-01 00:00:00+09", null, paidOn, paid ? "transfer" : null,
                            paid ? String.valueOf(fee) : null, yearNotes);
                }
            }
        }
    }

    /** A CSV row as the export writes it: a cell is quoted only when it has to be. */
    private static void plain(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String field = fields[i] == null ? "" : fields[i];
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
            w.write(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        w.write("\r\n");
    }

    private static final Map<String, String> STATUS_WORDS = Map.of("pending", "未回答", "renewed", "継続", "declined", "辞退");

    private static void csv(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            if (fields[i] != null) {
                w.write('"');
                w.write(fields[i].replace("\"", "\"\""));
                w.write('"');
            }
        }
        w.write('\n');
    }

    /** The median and the 95th percentile (nearest rank) of the numbers in a file, one a line: "median p95". */
    static void percentiles(Path file) throws java.io.IOException {
        double[] values = java.nio.file.Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty())
                .mapToDouble(Double::parseDouble).sorted().toArray();
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        double p95 = values[(int) Math.ceil(0.95 * n) - 1];
        System.out.printf(java.util.Locale.ROOT, "%.1f %.1f%n", median, p95);
    }
}
