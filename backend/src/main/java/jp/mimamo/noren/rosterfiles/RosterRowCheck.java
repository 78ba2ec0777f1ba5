package jp.mimamo.noren.rosterfiles;

import jp.mimamo.noren.renewals.SponsorshipFees;
import jp.mimamo.noren.shared.FieldError;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.sponsors.SponsorForm;
import jp.mimamo.noren.sponsors.SponsorRules;
import jp.mimamo.noren.sponsors.ValidSponsor;
import jp.mimamo.noren.tables.TableRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks one row of a roster file on its own: the sponsor with the sponsor rules, and the year when the row has one.
 * A column the file lacks keeps the stored value; a blank cell clears an optional value, and leaves a year's status,
 * units and fees as stored (or as a new year starts). Messages name the file's own column headers.
 */
final class RosterRowCheck {
    static final int MAX_UNITS = 1_000;
    static final int MAX_UNIT_FEE = 10_000_000;
    static final int MAX_AMOUNT = 100_000_000;
    static final int MAX_YEAR_NOTES = 2_000;

    /** A row as it would be written; {@code year} is null for a row without a 年度. */
    record Checked(int row, String searchKey, ExistingRoster.Sponsor match, SponsorValues sponsor, YearValues year,
                   ExistingRoster.Year storedYear, List<String> messages) {
    }

    private final ColumnMapping mapping;
    private final Map<String, String> categories;
    private final Set<String> activeCategories;
    private final SponsorshipFees fees;
    private final ExistingRoster existing;
    private final Locale locale;

    RosterRowCheck(ColumnMapping mapping, Map<String, String> categories, SponsorshipFees fees, ExistingRoster existing, Locale locale) {
        this.mapping = mapping;
        this.categories = categories;
        this.activeCategories = Set.copyOf(categories.values());
        this.fees = fees;
        this.existing = existing;
        this.locale = locale;
    }

    Checked check(TableRow row) {
        List<String> messages = new ArrayList<>();
        String name = mapping.cell(row, RosterField.NAME);
        String kana = mapping.cell(row, RosterField.NAME_KANA);
        String searchKey = searchKey(name, JapaneseText.reading(kana));
        List<ExistingRoster.Sponsor> matches = existing.sponsors(searchKey);
        if (matches.size() > 1) {
            messages.add(Messages.get(locale, "validation.roster.ambiguous"));
        }
        ExistingRoster.Sponsor match = matches.size() == 1 ? matches.get(0) : null;
        SponsorValues sponsor = sponsor(row, name, kana, match == null ? SponsorValues.NONE : match.values(), messages);
        ExistingRoster.Year storedYear = null;
        YearValues year = null;
        String yearCell = mapping.cell(row, RosterField.FISCAL_YEAR);
        if (yearCell != null && !yearCell.isBlank()) {
            Integer fiscalYear = CellText.fiscalYear(yearCell);
            if (fiscalYear == null) {
                messages.add(said(RosterField.FISCAL_YEAR, "validation.roster.fiscalYear"));
            } else {
                storedYear = match == null ? null : existing.year(match.id(), fiscalYear);
                year = year(row, fiscalYear, storedYear == null ? null : storedYear.values(),
                        sponsor == null ? null : sponsor.joinedOn(), messages);
            }
        } else if (hasYearCells(row)) {
            messages.add(said(RosterField.FISCAL_YEAR, "validation.roster.yearMissing"));
        }
        return new Checked(row.number(), sponsor == null ? searchKey : searchKey(sponsor.name(), sponsor.nameKana()), match,
                sponsor, year, storedYear, messages);
    }

    /** The key {@code sponsors.search_key} holds, as the sponsor rules make it. */
    static String searchKey(String name, String kana) {
        return JapaneseText.searchKey(name) + " " + JapaneseText.searchKey(kana);
    }

    private SponsorValues sponsor(TableRow row, String name, String kana, SponsorValues base, List<String> messages) {
        String category = mapping.cell(row, RosterField.CATEGORY);
        String categoryCode = category == null ? null : categories.getOrDefault(JapaneseText.searchKey(category), category.strip());
        LocalDate joined = base.joinedOn();
        if (mapping.has(RosterField.JOINED_ON)) {
            String text = mapping.cell(row, RosterField.JOINED_ON);
            joined = CellText.date(text);
            if (joined == null && text != null && !text.isBlank()) {
                messages.add(said(RosterField.JOINED_ON, "validation.roster.date"));
            }
        }
        SponsorForm form = new SponsorForm(name, kana, categoryCode, pick(row, RosterField.POSTAL_CODE, base.postalCode()),
                pick(row, RosterField.ADDRESS, base.address()), pick(row, RosterField.PHONE, base.phone()),
                pick(row, RosterField.EMAIL, base.email()), joined, pick(row, RosterField.NOTES, base.notes()), null, null);
        try {
            ValidSponsor valid = SponsorRules.validate(form, activeCategories, locale);
            return new SponsorValues(valid.name(), valid.nameKana(), valid.categoryCode(), valid.postalCode(), valid.address(),
                    valid.phone(), valid.email(), valid.joinedOn(), valid.notes());
        } catch (ProblemException e) {
            for (FieldError error : e.errors()) {
                messages.add(RosterField.byId(error.field()).map(mapping::header).orElse(error.field()) + ": " + error.message());
            }
            return null;
        }
    }

    private YearValues year(TableRow row, int fiscalYear, YearValues stored, LocalDate joinedOn, List<String> messages) {
        String status = stored == null ? "pending" : stored.status();
        String statusCell = mapping.cell(row, RosterField.STATUS);
        if (statusCell != null && !statusCell.isBlank()) {
            status = CellText.code(statusCell, CellText.STATUSES);
            if (status == null || !SponsorshipFees.isStatus(status)) {
                messages.add(said(RosterField.STATUS, "validation.oneOf", "未回答、継続、辞退、新規"));
            }
        }
        Integer units = whole(row, RosterField.UNITS, stored == null ? 1 : stored.units(), MAX_UNITS, messages);
        Integer unitFee = whole(row, RosterField.UNIT_FEE, stored == null ? fees.unitFee() : stored.unitFee(), MAX_UNIT_FEE, messages);
        Integer fee = whole(row, RosterField.FEE, null, MAX_AMOUNT, messages);
        LocalDate invoicedOn = dateOf(row, RosterField.INVOICED_ON, stored == null ? null : stored.invoicedOn(), messages);
        LocalDate paidOn = dateOf(row, RosterField.PAID_ON, stored == null ? null : stored.paidOn(), messages);
        String method = stored == null ? null : stored.paymentMethod();
        if (mapping.has(RosterField.PAYMENT_METHOD)) {
            String cell = mapping.cell(row, RosterField.PAYMENT_METHOD);
            method = CellText.code(cell, CellText.METHODS);
            if (method == null && cell != null && !cell.isBlank()) {
                messages.add(said(RosterField.PAYMENT_METHOD, "validation.oneOf", "振込、現金、口座振替"));
            }
        }
        Integer paidAmount = mapping.has(RosterField.PAID_AMOUNT)
                ? whole(row, RosterField.PAID_AMOUNT, null, MAX_AMOUNT, messages) : stored == null ? null : stored.paidAmount();
        if ((paidOn != null || method != null || paidAmount != null) && (paidOn == null || method == null || paidAmount == null)) {
            messages.add(Messages.get(locale, "validation.roster.payment", mapping.header(RosterField.PAID_ON),
                    mapping.header(RosterField.PAYMENT_METHOD), mapping.header(RosterField.PAID_AMOUNT)));
        }
        String notes = mapping.has(RosterField.YEAR_NOTES) ? JapaneseText.trimmed(mapping.cell(row, RosterField.YEAR_NOTES))
                : stored == null ? null : stored.notes();
        if (notes != null && notes.length() > MAX_YEAR_NOTES) {
            messages.add(said(RosterField.YEAR_NOTES, "validation.tooLong", MAX_YEAR_NOTES));
        }
        if (status == null || units == null || unitFee == null || !messages.isEmpty()) {
            return null;
        }
        if (fee == null) {
            boolean sameBasis = stored != null && stored.status().equals(status) && stored.units() == units && stored.unitFee() == unitFee;
            fee = sameBasis ? stored.fee() : fees.fee(units, unitFee, fiscalYear, status, joinedOn);
        }
        return new YearValues(fiscalYear, status, units, unitFee, fee, invoicedOn, paidOn, method, paidAmount, notes);
    }

    /** A whole number within 0…max; a blank cell or an absent column gives {@code otherwise}. */
    private Integer whole(TableRow row, RosterField field, Integer otherwise, int max, List<String> messages) {
        String cell = mapping.cell(row, field);
        if (cell == null || cell.isBlank()) {
            return otherwise;
        }
        Long value = CellText.number(cell);
        if (value == null || value < 0 || value > max) {
            messages.add(said(field, value == null ? "validation.roster.number" : "validation.range", 0, max));
            return null;
        }
        return value.intValue();
    }

    private LocalDate dateOf(TableRow row, RosterField field, LocalDate stored, List<String> messages) {
        if (!mapping.has(field)) {
            return stored;
        }
        String cell = mapping.cell(row, field);
        LocalDate date = CellText.date(cell);
        if (date == null && cell != null && !cell.isBlank()) {
            messages.add(said(field, "validation.roster.date"));
        }
        return date;
    }

    private boolean hasYearCells(TableRow row) {
        for (RosterField field : RosterField.all()) {
            String cell = field.ofYear ? mapping.cell(row, field) : null;
            if (cell != null && !cell.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The file's value when it has the column (blank clears it), else the stored one. */
    private String pick(TableRow row, RosterField field, String stored) {
        return mapping.has(field) ? mapping.cell(row, field) : stored;
    }

    private String said(RosterField field, String key, Object... args) {
        return mapping.header(field) + ": " + Messages.get(locale, key, args);
    }
}
