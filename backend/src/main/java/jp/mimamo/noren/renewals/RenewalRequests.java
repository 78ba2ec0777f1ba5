package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.mail.Mailer;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends a renewal step (the request, then up to two reminders) to every sponsor still 未回答 for the year:
 * by email where the sponsor has an address, otherwise marked for the printed letters. Each (sponsor, year,
 * step) is claimed in the database before its mail goes out, so it is never sent twice; a failed send is
 * recorded with the server's answer and is sent again only when the step is run again.
 */
@Singleton
class RenewalRequests {
    static final List<String> STEPS = List.of("request", "reminder-1", "reminder-2");
    private static final int MAX_ERROR = 500;
    private final RegionDatabase database;
    private final PendingSponsors pending;
    private final Mailer mailer;

    RenewalRequests(RegionDatabase database, PendingSponsors pending, Mailer mailer) {
        this.database = database;
        this.pending = pending;
        this.mailer = mailer;
    }

    SendReport send(CurrentRegion region, int year, SendForm form, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        FormErrors errors = new FormErrors(locale);
        String step = form.step() == null ? "request" : form.step();
        if (!STEPS.contains(step)) {
            errors.reject("step", "validation.oneOf", String.join(", ", STEPS));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate due = form.dueDate() == null ? today.plusDays(30) : form.dueDate();
        if (due.isBefore(today)) {
            errors.reject("dueDate", "validation.date.range");
        }
        errors.throwIfAny();
        List<PendingSponsors.Pending> targets = database.inRegion(region, c -> pending.of(c, region.code(), year));
        RenewalTemplate template = database.inRegion(region, c -> RenewalTemplate.inForce(c, region.code(), RenewalTemplates.keyFor(step)));
        int sent = 0;
        int failed = 0;
        int toPrint = 0;
        int skipped = 0;
        for (PendingSponsors.Pending target : targets) {
            String channel = target.email() == null ? "post" : "email";
            if (!database.inRegion(region, c -> claim(c, region, target, year, step, channel, template))) {
                skipped++;
            } else if (channel.equals("post")) {
                toPrint++;
            } else {
                RenewalRequestLetter letter = new RenewalRequestLetter(template, region.region().name(), target.name(), target.contact(),
                        fiscalYear, target.units(), target.fee(), target.benefits(), due, false);
                String error = null;
                try {
                    mailer.send(target.email(), letter.subject(), letter.text());
                    sent++;
                } catch (MailFailure e) {
                    error = e.getMessage().length() > MAX_ERROR ? e.getMessage().substring(0, MAX_ERROR) : e.getMessage();
                    failed++;
                }
                String outcome = error;
                database.inRegion(region, c -> finish(c, region.code(), target.sponsorId(), year, step, outcome));
            }
        }
        return new SendReport(step, sent, failed, toPrint, skipped);
    }

    List<SendRecord> records(CurrentRegion region, int year, Locale locale) {
        Sponsorships.fiscalYear(year, locale);
        String sql = """
                select r.sponsor_id, s.name, r.step, r.channel, r.status, r.address, r.error, r.attempts, r.actor, r.updated_at,
                       r.template_key, r.template_version, r.template_region_revision
                from renewal_sends r join sponsors s on s.region_id = r.region_id and s.id = r.sponsor_id
                where r.region_id = ? and r.fiscal_year = ? order by r.updated_at desc, s.name_kana""";
        return database.inRegion(region, c -> {
            List<SendRecord> records = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, region.code());
                ps.setInt(2, year);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        records.add(new SendRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                                rs.getString(11), (Integer) rs.getObject(12), (Integer) rs.getObject(13)));
                    }
                }
            }
            return records;
        });
    }

    /**
     * Claims the step for this sponsor: new, or a failed earlier attempt. False when it is sent or being sent. The
     * template in force is recorded with it: the text an email is written from, or the one in force when a letter
     * was marked to print (the PDF itself uses the text in force when it is printed).
     */
    private static boolean claim(Connection c, CurrentRegion region, PendingSponsors.Pending target, int year, String step, String channel,
                                 RenewalTemplate template) throws SQLException {
        String sql = """
                insert into renewal_sends (region_id, sponsor_id, fiscal_year, step, channel, status, address, actor,
                                           template_key, template_version, template_region_revision)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (region_id, sponsor_id, fiscal_year, step, channel) do update
                    set status = 'sending', attempts = renewal_sends.attempts + 1, error = null, actor = excluded.actor,
                        address = excluded.address, updated_at = now(), template_key = excluded.template_key,
                        template_version = excluded.template_version, template_region_revision = excluded.template_region_revision
                    where renewal_sends.status = 'failed'""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region.code());
            ps.setLong(2, target.sponsorId());
            ps.setInt(3, year);
            ps.setString(4, step);
            ps.setString(5, channel);
            ps.setString(6, channel.equals("post") ? "to-print" : "sending");
            ps.setString(7, target.email());
            ps.setString(8, region.caller().username());
            ps.setString(9, template.key());
            ps.setInt(10, template.version());
            ps.setObject(11, template.regionRevision(), Types.INTEGER);
            return ps.executeUpdate() == 1;
        }
    }

    private static Void finish(Connection c, String region, long sponsorId, int year, String step, String error) throws SQLException {
        String sql = "update renewal_sends set status = ?, error = ?, updated_at = now()"
                + " where region_id = ? and sponsor_id = ? and fiscal_year = ? and step = ? and channel = 'email'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, error == null ? "sent" : "failed");
            ps.setString(2, error);
            ps.setString(3, region);
            ps.setLong(4, sponsorId);
            ps.setInt(5, year);
            ps.setString(6, step);
            ps.executeUpdate();
        }
        return null;
    }
}
