package jp.mimamo.noren.keychains;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrationNumberTest {
    private static final RegistrationNumber SAMPLE = RegistrationNumber.of("OTA", "12345678");

    @Test
    void dammGivesThePublishedCheckDigit() {
        assertThat(DammCheckDigit.of("572")).isEqualTo(4);
        assertThat(DammCheckDigit.holds("5724")).isTrue();
        assertThat(DammCheckDigit.holds("5723")).isFalse();
    }

    @Test
    void aNumberIsThePrefixEightDigitsAndACheckDigitPrintedInGroups() {
        assertThat(SAMPLE.canonical()).matches("OTA12345678\\d");
        assertThat(SAMPLE.display()).isEqualTo("OTA-1234-5678-" + SAMPLE.canonical().charAt(11));
        assertThat(RegistrationNumber.parse(SAMPLE.canonical())).isEqualTo(SAMPLE);
        assertThat(RegistrationNumber.isValid(SAMPLE.canonical())).isTrue();
    }

    @Test
    void everySingleWrongDigitIsRefused() {
        String number = SAMPLE.canonical();
        for (int position = 3; position < number.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == number.charAt(position)) {
                    continue;
                }
                String typo = number.substring(0, position) + digit + number.substring(position + 1);
                assertThatThrownBy(() -> RegistrationNumber.parse(typo)).as(typo)
                        .isInstanceOfSatisfying(RegistrationNumber.Invalid.class,
                                e -> assertThat(e.reason()).isEqualTo(RegistrationNumber.Invalid.Reason.CHECK_DIGIT));
            }
        }
    }

    @Test
    void everySwapOfTwoNeighbouringDigitsIsRefused() {
        for (String digits : new String[]{"12345678", "90817263", "55667788", "00000019"}) {
            String number = RegistrationNumber.of("YAM", digits).canonical();
            for (int i = 3; i < number.length() - 1; i++) {
                if (number.charAt(i) == number.charAt(i + 1)) {
                    continue;
                }
                String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                assertThat(RegistrationNumber.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void theCheckDigitCoversThePrefix() {
        String number = SAMPLE.canonical();
        assertThat(RegistrationNumber.isValid("OTB" + number.substring(3))).isFalse();
        assertThat(RegistrationNumber.isValid("OUA" + number.substring(3))).isFalse();
    }

    @Test
    void aNumberIsReadAsPeopleTypeIt() {
        String display = SAMPLE.display();
        String fullWidth = display.chars().mapToObj(c -> c == '-' ? "ー" : String.valueOf((char) (c + 0xFEE0)))
                .reduce("", String::concat);
        assertThat(RegistrationNumber.parse(fullWidth)).isEqualTo(SAMPLE);
        assertThat(RegistrationNumber.parse(display.toLowerCase())).isEqualTo(SAMPLE);
        assertThat(RegistrationNumber.parse(" " + display.replace("-", " ") + " ")).isEqualTo(SAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "OTA", "OTA-1234-5678", "OTA-1234-5678-90", "1234567890", "O-1234-5678-9",
            "OTAXY123456789", "OTA-1234-567A-9", "'; drop table keychains; --", "<script>alert(1)</script>", "OTA%1234"})
    void anythingElseIsRefusedForItsShape(String typed) {
        assertThatThrownBy(() -> RegistrationNumber.parse(typed))
                .isInstanceOfSatisfying(RegistrationNumber.Invalid.class,
                        e -> assertThat(e.reason()).isEqualTo(RegistrationNumber.Invalid.Reason.FORMAT));
    }

    @Test
    void nothingIsNotANumber() {
        assertThatThrownBy(() -> RegistrationNumber.parse(null)).isInstanceOf(RegistrationNumber.Invalid.class);
    }

    @Test
    void aPrefixIsTwoToFourCapitalsAndTheRandomPartEightDigits() {
        assertThatThrownBy(() -> RegistrationNumber.of("ota", "12345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistrationNumber.of("OTA", "1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegistrationNumber.of("KSWD", "00000001").display()).startsWith("KSWD-0000-0001-");
    }
}
