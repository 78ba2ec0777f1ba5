package jp.mimamo.noren.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Ota's seminars as they run: the station and a hall, a 地域づくりセミナー on the third Saturday of every month
 * (about 110 residents each) and a weekly gymnastics course at the station, from April to a few weeks ahead, with
 * attendance for the sessions already held. Written once, after the demo roster (its sponsors lecture).
 */
@Singleton
@Order(100)
@Requires(property = "noren.demo.enabled", value = "true")
class DemoSeminars {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeminars.class);
    private static final String REGION = "ota";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String[][] FAMILIES = {{"佐藤", "サトウ"}, {"鈴木", "スズキ"}, {"髙橋", "タカハシ"}, {"田中", "タナカ"},
            {"伊藤", "イトウ"}, {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
            {"吉田", "ヨシダ"}, {"山田", "ヤマダ"}, {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"}, {"山﨑", "ヤマザキ"}};
    private static final String[][] GIVEN = {{"花子", "ハナコ"}, {"和子", "カズコ"}, {"節子", "セツコ"}, {"幸子", "サチコ"},
            {"洋子", "ヨウコ"}, {"一郎", "イチロウ"}, {"清", "キヨシ"}, {"茂", "シゲル"}, {"正", "タダシ"}, {"博", "ヒロシ"}};
    private static final String[] TOPICS = {"フレイル予防と食事", "認知症になっても安心して暮らせるまち", "お薬との上手な付き合い方",
            "介護保険のきほん", "災害に備える見守り", "ウォーキングで元気に", "お口の健康", "詐欺被害から身を守る", "終活と相続のはなし",
            "地域の居場所づくり", "聞こえと補聴器", "冬の健康管理"};
    private final RegionDatabase database;
    private final RegionDirectory directory;

    DemoSeminars(RegionDatabase database, RegionDirectory directory) {
        this.database = database;
        this.directory = directory;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoRegion.all().stream().filter(d -> d.region().code().equals(REGION)).forEach(d -> directory.ensure(d.region()));
        boolean seeded = database.inRegion(REGION, c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from seminar_venues where region_id = ?")) {
                ps.setString(1, REGION);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            seed(c);
            return true;
        });
        if (seeded) {
            LOG.info("Demo seminars created for {}", REGION);
        }
    }

    private static void seed(Connection c) throws SQLException {
        Random random = new Random(2008);
        long station = insert(c, "insert into seminar_venues (region_id, name, address, capacity) values (?, ?, ?, ?) returning id",
                REGION, "みま～もステーション「アキナイ山王亭」", "東京都大田区山王3丁目（山王小路商店街）", 30);
        long hall = insert(c, "insert into seminar_venues (region_id, name, address, capacity) values (?, ?, ?, ?) returning id",
                REGION, "大田区立山王会館", "東京都大田区山王2丁目", 150);
        List<Long> people = participants(c);
        List<Long> hospitals = sponsors(c, "hospital");
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate april = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);

        for (int m = 0; ; m++) {
            LocalDate month = april.plusMonths(m);
            LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SATURDAY));
            if (day.isAfter(today.plusMonths(2))) {
                break;
            }
            boolean onlyTwo = m % 5 == 4;
            long seminar = insert(c, "insert into seminars (region_id, kind, title, description, venue_id, capacity, audience, questions)"
                            + " values (?, 'single', ?, ?, ?, 120, 'open', '[\"入口近くの席を希望\",\"補聴器を使用\"]') returning id",
                    REGION, "地域づくりセミナー「" + TOPICS[m % TOPICS.length] + "」", "毎月第3土曜日の地域づくりセミナーです。どなたでも参加できます。", hall);
            organiser(c, seminar, 0, hospitals.isEmpty() ? null : hospitals.get(m % hospitals.size()), "山王みなみ病院", "medical", "lecture");
            organiser(c, seminar, 1, null, "入新井地域包括支援センター", "welfare", "host");
            if (!onlyTwo) {
                organiser(c, seminar, 2, null, "山王小路商店街振興組合", "shopping-street", "support");
            }
            long session = session(c, seminar, day.atTime(14, 0), day.atTime(16, 0));
            boolean held = day.isBefore(today);
            int applicants = held ? 100 + random.nextInt(20) : 40 + random.nextInt(30);
            register(c, session, people, random, applicants, held, 0.92, m);
        }

        long course = insert(c, "insert into seminars (region_id, kind, title, description, venue_id, capacity, audience)"
                        + " values (?, 'series', ?, ?, ?, 25, 'open') returning id",
                REGION, "みま～も体操教室", "毎週火曜日の午前。椅子に座ってできる体操で、転ばない体をつくります。", station);
        organiser(c, course, 0, null, "大森赤十字病院 リハビリテーション科", "medical", "lecture");
        organiser(c, course, 1, null, "山王介護ステーション", "care", "support");
        organiser(c, course, 2, null, "みま～も", "residents", "host");
        List<Long> regulars = people.subList(0, 22);
        for (LocalDate day = april.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)); day.isBefore(today.plusWeeks(4)); day = day.plusWeeks(1)) {
            long session = session(c, course, day.atTime(10, 0), day.atTime(11, 0));
            register(c, session, regulars, random, 20 + random.nextInt(3), day.isBefore(today), day.isAfter(today.minusWeeks(10)) ? 0.8 : 0.9, 0);
        }
    }

    /** {@code count} people apply (seats first, the rest wait); for a session held, most of those with a seat came. */
    private static void register(Connection c, long session, List<Long> people, Random random, int count, boolean held, double turnout,
                                 int offset) throws SQLException {
        String sql = "insert into seminar_registrations (region_id, session_id, participant_id, channel, status, attended_at, created_by)"
                + " values (?, ?, ?, ?, 'registered', ?, 'demo')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < Math.min(count, people.size()); i++) {
                long person = people.get((i + offset * 7) % people.size());
                String channel = switch (random.nextInt(10)) {
                    case 0, 1, 2, 3 -> "phone";
                    case 4, 5 -> "paper";
                    default -> "online";
                };
                ps.setString(1, REGION);
                ps.setLong(2, session);
                ps.setLong(3, person);
                ps.setString(4, channel);
                ps.setTimestamp(5, held && random.nextDouble() < turnout ? new Timestamp(System.currentTimeMillis()) : null);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Long> participants(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        int n = 0;
        for (String[] given : GIVEN) {
            for (String[] family : FAMILIES) {
                String name = family[0] + " " + given[0];
                String kana = family[1] + " " + given[1];
                String code = String.format("DEMO%04d", n);
                ids.add(insert(c, "insert into seminar_participants (region_id, name, name_kana, search_key, phone, check_in_code)"
                                + " values (?, ?, ?, ?, ?, ?) returning id", REGION, name, kana,
                        jp.mimamo.noren.shared.JapaneseText.searchKey(name) + " " + jp.mimamo.noren.shared.JapaneseText.searchKey(kana),
                        String.format("03-3771-%04d", 1000 + n), code));
                n++;
            }
        }
        return ids;
    }

    private static List<Long> sponsors(Connection c, String category) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from sponsors where region_id = ? and category_code = ? order by id limit 4")) {
            ps.setString(1, REGION);
            ps.setString(2, category);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void organiser(Connection c, long seminar, int position, Long sponsorId, String name, String role, String part)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into seminar_organisers (region_id, seminar_id, position, sponsor_id, name, role, part)"
                + " values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, REGION);
            ps.setLong(2, seminar);
            ps.setInt(3, position);
            ps.setObject(4, sponsorId);
            ps.setString(5, sponsorId == null ? name : null);
            ps.setString(6, role);
            ps.setString(7, part);
            ps.executeUpdate();
        }
    }

    private static long session(Connection c, long seminar, LocalDateTime start, LocalDateTime end) throws SQLException {
        return insert(c, "insert into seminar_sessions (region_id, seminar_id, starts_at, ends_at) values (?, ?, ?, ?) returning id",
                REGION, seminar, Timestamp.from(start.atZone(TOKYO).toInstant()), Timestamp.from(end.atZone(TOKYO).toInstant()));
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
