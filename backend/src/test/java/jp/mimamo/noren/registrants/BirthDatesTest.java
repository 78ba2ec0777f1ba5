package jp.mimamo.noren.registrants;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Birth dates on a registrant's page are shown in 和暦 as well, with 元年 and the era in force that day. */
class BirthDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static RegistrantView bornOn(LocalDate birth) {
        StoredRegistrant stored = new StoredRegistrant(1, 2, "大森", "山田 ハナ", "ヤマダ ハナ", birth, "female", null, "大田区", null,
                "alone", null, null, new MedicalNotes(null, null, null, null, null, null, null),
                new Consent("v1", LocalDate.of(2025, 6, 1), List.of()), "active", LocalDate.of(2025, 6, 1), null, 0,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        return RegistrantViews.full(stored, List.of(), List.of(), List.of(), true, null, TODAY);
    }

    @Test
    void showaTaishoAndHeiseiBirthDates() {
        assertThat(bornOn(LocalDate.of(1940, Month.MARCH, 2)).birthDateJapanese()).isEqualTo("昭和15年3月2日");
        assertThat(bornOn(LocalDate.of(1925, Month.DECEMBER, 24)).birthDateJapanese()).isEqualTo("大正14年12月24日");
        assertThat(bornOn(LocalDate.of(1926, Month.DECEMBER, 25)).birthDateJapanese()).isEqualTo("昭和元年12月25日");
        assertThat(bornOn(LocalDate.of(1989, Month.JANUARY, 7)).birthDateJapanese()).isEqualTo("昭和64年1月7日");
        assertThat(bornOn(LocalDate.of(1989, Month.JANUARY, 8)).birthDateJapanese()).isEqualTo("平成元年1月8日");
    }

    @Test
    void theAgeCountsWholeYearsInJapan() {
        assertThat(bornOn(LocalDate.of(1940, Month.MARCH, 2)).age()).isEqualTo(86);
        assertThat(bornOn(LocalDate.of(1940, Month.MAY, 2)).age()).isEqualTo(85);
    }

    @Test
    void theLimitedViewLeavesOutEverythingButTheNameAndTheRegistration() {
        StoredRegistrant stored = new StoredRegistrant(1, 2, "大森", "山田 ハナ", "ヤマダ ハナ", LocalDate.of(1940, 3, 2), "female",
                "143-0016", "大田区大森北", "03-3761-1234", "alone", "メモ", "care-1",
                new MedicalNotes("持病", "薬", null, null, null, null, null),
                new Consent("v1", LocalDate.of(2025, 6, 1), List.of("police")), "active", LocalDate.of(2025, 6, 1), null, 0,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
        RegistrantView limited = RegistrantViews.limited(stored, List.of());
        assertThat(limited.view()).isEqualTo("limited");
        assertThat(limited.name()).isEqualTo("山田 ハナ");
        assertThat(limited.birthDate()).isNull();
        assertThat(limited.address()).isNull();
        assertThat(limited.phone()).isNull();
        assertThat(limited.medical()).isNull();
        assertThat(limited.connections()).isNull();
        assertThat(limited.statusHistory()).isNull();
        assertThat(limited.livingNotes()).isNull();
        assertThat(limited.careLevel()).isNull();
    }
}
