package jp.mimamo.noren.renewals;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FiscalYear;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.HistoryEntry;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Answers, corrections, invoices and payments for one sponsor's years; each use case is one transaction. */
@Singleton
public class Sponsorships {
    static final int MAX_BENEFITS = 20;
    private final RegionDatabase database;
    private final SponsorshipRepository repository;
    private final SponsorshipHistory history;
    private final Clock clock;

    Sponsorships(RegionDatabase database, SponsorshipRepository repository, SponsorshipHistory history) {
        this.database = database;
        this.repository = repository;
        this.history = history;
        this.clock = Clock.system(java.time.ZoneId.of("Asia/Tokyo"));
    }

    List<SponsorshipView> list(CurrentRegion region, long sponsorId, Locale locale) {
        return database.inRegion(region, c -> {
            requireSponsor(c, region, sponsorId);
            return repository.list(c, region.code(), sponsorId).stream().map(r -> view(r, locale)).toList();
        });
    }

    List<HistoryEntry> history(CurrentRegion region, long sponsorId, int year) {
        return database.inRegion(region, c -> {
            load(c, region, sponsorId, year);
            return history.list(c, region.code(), sponsorId, year);
        });
    }

    public SponsorshipView decide(CurrentRegion region, long sponsorId, int year, SponsorshipForm form, Locale locale) {
        FiscalYear fiscalYear = fiscalYear(year, locale);
        FormErrors errors = new FormErrors(locale);
        Optional<SponsorshipStatus> status = SponsorshipStatus.of(form.status() == null ? "pending" : form.status());
        if (status.isEmpty()) {
            errors.reject("status", "validation.oneOf", "pending, renewed, declined, new");
        }
        int units = form.units() == null ? 1 : form.units();
        if (units < 0 || units > 1000) {
            errors.reject("units", "validation.range", 0, 1000);
        }
        List<String> benefits = benefits(form.benefits(), errors);
        String notes = JapaneseText.trimmed(form.notes());
        if (notes != null && notes.length() > 2000) {
            errors.reject("notes", "validation.tooLong", 2000);
        }
        String reason = JapaneseText.trimmed(form.reason());
        if (reason != null && reason.length() > 500) {
            errors.reject("reason", "validation.tooLong", 500);
        }
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            Optional<LocalDate> joinedOn = requireSponsor(c, region, sponsorId);
            Optional<SponsorshipRow> current = repository.find(c, region.code(), sponsorId, year);
            if (current.isPresent() && (form.version() == null || current.get().version() != form.version())) {
                throw ProblemException.staleVersion();
            }
            boolean pledgedLastYear = repository.find(c, region.code(), sponsorId, year - 1)
                    .map(r -> r.status().pledgesAFee()).orElse(false);
            RenewalSettings settings = RenewalSettingsStore.read(c, region.code());
            int unitFee = current.map(SponsorshipRow::unitFee).orElse(settings.unitFee());
            int fee = RenewalPolicy.fee(units, unitFee, settings.prorationRule(), fiscalYear, status.get(), joinedOn.orElse(null));
            Optional<SponsorshipRow> money = current;
            SponsorshipRow wanted = new SponsorshipRow(sponsorId, year, status.get(), units, unitFee, fee, benefits, null,
                    money.map(SponsorshipRow::invoicedOn).orElse(null), money.map(SponsorshipRow::paidOn).orElse(null),
                    money.map(SponsorshipRow::paymentMethod).orElse(null), money.map(SponsorshipRow::paidAmount).orElse(null),
                    notes, form.version() == null ? -1 : form.version());
            boolean changes = current.map(before -> !SponsorshipHistory.diff(before, wanted).isEmpty()).orElse(true);
            RenewalPolicy.checkChange(current.map(SponsorshipRow::status).orElse(SponsorshipStatus.PENDING), status.get(),
                    changes, fiscalYear, FiscalYear.of(LocalDate.now(clock)), pledgedLastYear, reason, errors);
            errors.throwIfAny();
            if (current.isEmpty()) {
                if (form.version() != null) {
                    throw ProblemException.staleVersion();
                }
                repository.insert(c, region.code(), wanted);
                history.record(c, region.code(), wanted, region.caller().username(), "created", reason, SponsorshipHistory.diff(null, wanted));
            } else {
                SponsorshipRow before = current.get();
                if (before.version() != form.version() || !repository.update(c, region.code(), wanted)) {
                    throw ProblemException.staleVersion();
                }
                String action = before.status() == SponsorshipStatus.PENDING && status.get() != SponsorshipStatus.PENDING ? "answered" : "changed";
                history.record(c, region.code(), wanted, region.caller().username(), action, reason, SponsorshipHistory.diff(before, wanted));
            }
            return view(load(c, region, sponsorId, year), locale);
        });
    }

    public SponsorshipView recordMoney(CurrentRegion region, long sponsorId, int year, PaymentForm form, Locale locale) {
        fiscalYear(year, locale);
        FormErrors errors = new FormErrors(locale);
        requireVersion(form.version(), locale);
        boolean payment = form.paidOn() != null || form.method() != null || form.amount() != null;
        if (payment) {
            if (form.paidOn() == null) {
                errors.reject("paidOn", "validation.required");
            }
            if (PaymentMethod.of(form.method()).isEmpty()) {
                errors.reject("method", "validation.oneOf", "transfer, cash, debit");
            }
            if (form.amount() == null) {
                errors.reject("amount", "validation.required");
            } else if (form.amount() < 0 || form.amount() > 100_000_000) {
                errors.reject("amount", "validation.range", 0, 100_000_000);
            }
        } else if (form.invoicedOn() == null) {
            errors.reject("paidOn", "validation.required");
        }
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            SponsorshipRow before = load(c, region, sponsorId, year);
            SponsorshipRow after = new SponsorshipRow(sponsorId, year, before.status(), before.units(), before.unitFee(), before.fee(),
                    before.benefits(), before.answeredAt(), form.invoicedOn() != null ? form.invoicedOn() : before.invoicedOn(),
                    payment ? form.paidOn() : before.paidOn(), payment ? form.method() : before.paymentMethod(),
                    payment ? form.amount() : before.paidAmount(), before.notes(), form.version());
            if (before.version() != form.version() || !repository.recordMoney(c, region.code(), after)) {
                throw ProblemException.staleVersion();
            }
            history.record(c, region.code(), after, region.caller().username(), payment ? "paid" : "invoiced", null,
                    SponsorshipHistory.diff(before, after));
            return view(load(c, region, sponsorId, year), locale);
        });
    }

    private Optional<LocalDate> requireSponsor(Connection c, CurrentRegion region, long sponsorId) throws SQLException {
        return repository.sponsorJoinedOn(c, region.code(), sponsorId).orElseThrow(ProblemException::notFound);
    }

    private SponsorshipRow load(Connection c, CurrentRegion region, long sponsorId, int year) throws SQLException {
        return repository.find(c, region.code(), sponsorId, year).orElseThrow(ProblemException::notFound);
    }

    static FiscalYear fiscalYear(int year, Locale locale) {
        if (year < FiscalYear.EARLIEST || year > FiscalYear.LATEST) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("fiscalYear", "validation.range", FiscalYear.EARLIEST, FiscalYear.LATEST);
            errors.throwIfAny();
        }
        return new FiscalYear(year);
    }

    static SponsorshipView view(SponsorshipRow r, Locale locale) {
        return new SponsorshipView(r.sponsorId(), r.fiscalYear(), new FiscalYear(r.fiscalYear()).label(locale), r.status().code,
                r.units(), r.unitFee(), r.fee(), r.benefits(), r.answeredAt(), r.invoicedOn(), r.paidOn(), r.paymentMethod(),
                r.paidAmount(), r.notes(), r.version());
    }

    private static List<String> benefits(List<String> given, FormErrors errors) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_BENEFITS) {
            errors.reject("benefits", "validation.renewal.tooManyBenefits", MAX_BENEFITS);
            return List.of();
        }
        List<String> benefits = given.stream().map(JapaneseText::trimmed).filter(b -> b != null).toList();
        if (benefits.stream().anyMatch(b -> b.length() > 100)) {
            errors.reject("benefits", "validation.tooLong", 100);
        }
        return benefits;
    }

    private static void requireVersion(Integer version, Locale locale) {
        if (version == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("version", "validation.required");
            errors.throwIfAny();
        }
    }
}
