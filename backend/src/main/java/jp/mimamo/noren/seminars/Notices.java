package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.DocumentText;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.mail.Mailer;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What registrants are told when their place changes: moved up from the waitlist, or their session moved. A notice
 * is recorded in the same transaction as the change (as 'sending', or 'to-call' for someone without an email
 * address, whom staff telephone); the mail goes out after the commit, so a slow or absent SMTP server never holds a
 * seat lock, and the outcome is recorded.
 */
@Singleton
class Notices {
    private static final int MAX_ERROR = 500;
    private final RegionDatabase database;
    private final Mailer mailer;

    Notices(RegionDatabase database, Mailer mailer) {
        this.database = database;
        this.mailer = mailer;
    }

    /** A notice recorded and not yet sent. {@code email} is null for someone staff must call. */
    record Pending(long noticeId, String kind, String name, String email, String phone, SeminarMail.About about) {
    }

    /** Records a notice for each registration, inside the caller's transaction. */
    List<Pending> record(Connection c, String region, List<Long> registrationIds, String kind) throws SQLException {
        return record(c, region, registrationIds, kind, null);
    }

    /** Records a notice to the address the person gave with this application, which may differ from the one on record. */
    List<Pending> recordTo(Connection c, String region, long registrationId, String kind, String address) throws SQLException {
        return record(c, region, List.of(registrationId), kind, address);
    }

    private List<Pending> record(Connection c, String region, List<Long> registrationIds, String kind, String address)
            throws SQLException {
        String about = """
                select p.name, p.email, p.phone, m.title, v.name, s.starts_at, s.ends_at
                from seminar_registrations r
                join seminar_participants p on p.region_id = r.region_id and p.id = r.participant_id
                join seminar_sessions s on s.region_id = r.region_id and s.id = r.session_id
                join seminars m on m.region_id = s.region_id and m.id = s.seminar_id
                left join seminar_venues v on v.region_id = m.region_id and v.id = m.venue_id
                where r.region_id = ? and r.id = ?""";
        String insert = "insert into seminar_notices (region_id, registration_id, kind, status, address) values (?, ?, ?, ?, ?) returning id";
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement read = c.prepareStatement(about); PreparedStatement write = c.prepareStatement(insert)) {
            for (long registrationId : registrationIds) {
                read.setString(1, region);
                read.setLong(2, registrationId);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    String email = address != null ? address : rs.getString(2);
                    write.setString(1, region);
                    write.setLong(2, registrationId);
                    write.setString(3, kind);
                    write.setString(4, email == null ? "to-call" : "sending");
                    write.setString(5, email);
                    long noticeId;
                    try (ResultSet id = write.executeQuery()) {
                        id.next();
                        noticeId = id.getLong(1);
                    }
                    pending.add(new Pending(noticeId, kind, rs.getString(1), email, rs.getString(3),
                            new SeminarMail.About(rs.getString(4), rs.getString(5), SeminarTime.local(rs.getTimestamp(6)),
                                    SeminarTime.local(rs.getTimestamp(7)))));
                }
            }
        }
        return pending;
    }

    /** Sends the recorded notices after their transaction committed, and records each outcome. */
    NoticeReport deliver(CurrentRegion region, List<Pending> pending) {
        int sent = 0;
        int failed = 0;
        List<NoticeReport.ToCall> toCall = new ArrayList<>();
        for (Pending notice : pending) {
            if (notice.email() == null) {
                toCall.add(new NoticeReport.ToCall(notice.name(), notice.phone()));
                continue;
            }
            DocumentText template = database.inRegion(region, c -> DocumentText.inForce(c, region.code(), SeminarMail.keyFor(notice.kind())));
            SeminarMail mail = SeminarMail.of(template, region.region().name(), notice.name(), notice.about());
            String error = null;
            try {
                mailer.send(notice.email(), mail.subject(), mail.text());
                sent++;
            } catch (MailFailure e) {
                error = e.getMessage().length() > MAX_ERROR ? e.getMessage().substring(0, MAX_ERROR) : e.getMessage();
                failed++;
                toCall.add(new NoticeReport.ToCall(notice.name(), notice.phone()));
            }
            String outcome = error;
            database.inRegion(region, c -> finish(c, region.code(), notice.noticeId(), outcome, template));
        }
        return new NoticeReport(sent, failed, toCall);
    }

    private static Void finish(Connection c, String region, long noticeId, String error, DocumentText template) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update seminar_notices set status = ?, error = ?, template_key = ?,"
                + " template_version = ?, template_region_revision = ? where region_id = ? and id = ?")) {
            ps.setString(1, error == null ? "sent" : "failed");
            ps.setString(2, error);
            ps.setString(3, template.key());
            ps.setInt(4, template.version());
            ps.setObject(5, template.regionRevision(), java.sql.Types.INTEGER);
            ps.setString(6, region);
            ps.setLong(7, noticeId);
            ps.executeUpdate();
        }
        return null;
    }
}
