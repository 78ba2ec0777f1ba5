package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.documents.MailMerge;
import jp.mimamo.noren.documents.RenewalLetter;
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

/** The renewal requests as one printable PDF, a letter a page, for the sponsors still 未回答. */
@Singleton
class RenewalLetters {
    private static final String HOW_TO_ANSWER = "同封の回答用紙にご記入のうえご返送いただくか、お電話・メールにてご回答ください。";
    private final RegionDatabase database;
    private final PendingSponsors pending;

    RenewalLetters(RegionDatabase database, PendingSponsors pending) {
        this.database = database;
        this.pending = pending;
    }

    /** @param postOnly only the sponsors without an email address, who get their request by post */
    byte[] printable(CurrentRegion region, int year, boolean postOnly, LocalDate dueDate, Locale locale) {
        FiscalYear fiscalYear = Sponsorships.fiscalYear(year, locale);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate due = dueDate == null ? today.plusDays(30) : dueDate;
        if (due.isBefore(today)) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("dueDate", "validation.date.range");
            errors.throwIfAny();
        }
        List<PendingSponsors.Pending> sponsors = database.inRegion(region, c -> pending.of(c, region.code(), year)).stream()
                .filter(p -> !postOnly || p.email() == null).toList();
        RenewalLetter.Sender sender = new RenewalLetter.Sender(region.region().name(), null, null, null, null);
        List<RenewalLetter> letters = sponsors.stream().map(p -> new RenewalLetter(today, region.region().name(), p.name(),
                p.contact(), fiscalYear.label(Locale.JAPANESE), p.units(), p.fee(), p.benefits(), HOW_TO_ANSWER, due, sender)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MailMerge.write(out, letters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
