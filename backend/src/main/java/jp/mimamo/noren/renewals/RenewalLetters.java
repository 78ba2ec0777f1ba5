package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.MailMerge;
import jp.mimamo.noren.documents.TextLetter;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The renewal requests (or reminders) as one printable PDF, a letter for each sponsor still 未回答, written from the
 * region's template in force at the time of printing.
 */
@Singleton
class RenewalLetters {
    private final RegionDatabase database;
    private final PendingSponsors pending;

    RenewalLetters(RegionDatabase database, PendingSponsors pending) {
        this.database = database;
        this.pending = pending;
    }

    /**
     * @param step     request (default), reminder-1 or reminder-2: which template to print
     * @param postOnly only the sponsors without an email address, who get their request by post
     */
    byte[] printable(CurrentRegion region, int year, String step, boolean postOnly, LocalDate dueDate, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate due = dueDate == null ? today.plusDays(30) : dueDate;
        String wanted = step == null ? "request" : step;
        FormErrors errors = new FormErrors(locale);
        if (due.isBefore(today)) {
            errors.reject("dueDate", "validation.date.range");
        }
        if (!RenewalRequests.STEPS.contains(wanted)) {
            errors.reject("step", "validation.oneOf", String.join(", ", RenewalRequests.STEPS));
        }
        errors.throwIfAny();
        List<PendingSponsors.Pending> sponsors = database.inRegion(region, c -> pending.of(c, region.code(), year)).stream()
                .filter(p -> !postOnly || p.email() == null).toList();
        RenewalTemplate template = database.inRegion(region, c -> RenewalTemplate.inForce(c, region.code(), RenewalTemplates.keyFor(wanted)));
        List<TextLetter> letters = sponsors.stream().map(p -> {
            RenewalRequestLetter letter = new RenewalRequestLetter(template, region.region().name(), p.name(), p.contact(), fiscalYear,
                    p.units(), p.fee(), p.benefits(), due, true);
            return new TextLetter(today, letter.subject(), letter.text());
        }).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MailMerge.writeTextLetters(out, "協賛継続のお願い", letters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
