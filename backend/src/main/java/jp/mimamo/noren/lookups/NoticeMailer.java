package jp.mimamo.noren.lookups;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.mail.Mailer;
import jp.mimamo.noren.tenancy.RegionDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Mails the registrant's centre a notice right after the look-up commits, on a thread of its own: a slow or
 * unreachable mail server never holds up or fails a look-up. The notice keeps the outcome (sent, failed with the
 * server's words, or no address), and the centre's in-app list has the notice either way.
 */
@Singleton
class NoticeMailer {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分").withZone(ZoneId.of("Asia/Tokyo"));

    private final RegionDatabase database;
    private final Mailer mailer;
    private final String publicUrl;
    private final ExecutorService sender = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "lookup-notice-mail");
        thread.setDaemon(true);
        return thread;
    });

    NoticeMailer(RegionDatabase database, Mailer mailer, @Value("${noren.keycloak.public-url}") String publicUrl) {
        this.database = database;
        this.mailer = mailer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void send(String region, long noticeId) {
        sender.execute(() -> {
            try {
                deliver(region, noticeId);
            } catch (RuntimeException e) {
                LOG.warn("Notice {} of region {} was not mailed", noticeId, region, e);
            }
        });
    }

    private void deliver(String region, long noticeId) {
        Message message = database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select ce.email, ce.name, n.at, n.number, n.result, n.emergency, n.responder_name, n.organisation_name,
                           n.responder_region, n.reason, n.reason_text, n.registrant_id
                    from lookup_notices n join centres ce on ce.region_id = n.region_id and ce.id = n.centre_id
                    where n.region_id = ? and n.id = ?""")) {
                ps.setString(1, region);
                ps.setLong(2, noticeId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new Message(rs.getString(1), subject(rs.getBoolean(6), rs.getString(4)), text(region, rs));
                }
            }
        });
        if (message == null) {
            return;
        }
        if (message.to() == null || message.to().isBlank()) {
            record(region, noticeId, "no-address", null);
            return;
        }
        try {
            mailer.send(message.to(), message.subject(), message.text());
            record(region, noticeId, "sent", null);
        } catch (MailFailure failure) {
            LOG.warn("Look-up notice {} of region {}: {}", noticeId, region, failure.getMessage());
            String error = failure.getMessage();
            record(region, noticeId, "failed", error.length() > 500 ? error.substring(0, 500) : error);
        }
    }

    private void record(String region, long noticeId, String status, String error) {
        database.inRegion(region, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update lookup_notices set mail_status = ?, mail_error = ? where region_id = ? and id = ?")) {
                ps.setString(1, status);
                ps.setString(2, error);
                ps.setString(3, region);
                ps.setLong(4, noticeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String subject(boolean emergency, String number) {
        return (emergency ? "【緊急開示】" : "【照会】") + "登録番号 " + display(number) + " が照会されました";
    }

    private String text(String region, ResultSet rs) throws java.sql.SQLException {
        String result = switch (rs.getString(5)) {
            case "shown" -> "表示しました";
            case "revoked" -> "無効になった番号です（本人の情報は表示していません）";
            case "ended" -> "登録が終了しています（本人の情報は表示していません）";
            default -> "照会の権限がないため、表示していません";
        };
        String reason = LookupRules.REASON_LABELS.getOrDefault(rs.getString(10), rs.getString(10))
                + (rs.getString(11) == null ? "" : "（" + rs.getString(11) + "）");
        return rs.getString(2) + " 御中\n\n"
                + "見守りキーホルダーの登録番号が照会されました。\n\n"
                + "日時: " + TIME.format(rs.getTimestamp(3).toInstant()) + "\n"
                + "登録番号: " + display(rs.getString(4)) + "\n"
                + "結果: " + result + "\n"
                + (rs.getBoolean(6) ? "種別: 緊急開示（承認前の機関または所属なし。支部管理者が確認します）\n" : "")
                + "照会した人: " + nullToDash(rs.getString(7)) + "（" + nullToDash(rs.getString(8)) + "・" + rs.getString(9) + "）\n"
                + "理由: " + reason + "\n\n"
                + "登録者の記録と「この記録を見た人」: " + publicUrl + "/regions/" + region + "/registrants/" + rs.getLong(12) + "\n"
                + "照会の通知の一覧: " + publicUrl + "/regions/" + region + "/lookup-notices\n";
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
    }

    /** OTA123456785 → OTA-1234-5678-5. */
    static String display(String number) {
        int digits = number.length() - 9;
        return number.substring(0, digits) + "-" + number.substring(digits, digits + 4) + "-"
                + number.substring(digits + 4, digits + 8) + "-" + number.substring(digits + 8);
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    private record Message(String to, String subject, String text) {
    }
}
