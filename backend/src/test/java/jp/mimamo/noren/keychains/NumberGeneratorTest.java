package jp.mimamo.noren.keychains;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NumberGeneratorTest {
    private final NumberGenerator generator = new NumberGenerator();

    @Test
    void everyDrawIsAValidNumberWithTheRegionsPrefix() {
        for (int i = 0; i < 10_000; i++) {
            RegistrationNumber number = generator.next("OTA");
            assertThat(number.prefix()).isEqualTo("OTA");
            assertThat(RegistrationNumber.isValid(number.canonical())).isTrue();
        }
    }

    @Test
    void drawsOneAfterTheOtherAreNotNeighbours() {
        Set<String> seen = new HashSet<>();
        long previous = -1;
        int neighbours = 0;
        for (int i = 0; i < 10_000; i++) {
            String digits = generator.next("YAM").canonical().substring(3, 11);
            long value = Long.parseLong(digits);
            if (previous >= 0 && Math.abs(value - previous) < 1_000) {
                neighbours++;
            }
            previous = value;
            seen.add(digits);
        }
        assertThat(neighbours).as("draws within 1,000 of the one before").isLessThan(5);
        assertThat(seen).as("distinct draws out of 10,000").hasSizeGreaterThan(9_980);
    }

    @Test
    void everyDigitTurnsUpInEveryPosition() {
        List<Set<Character>> positions = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (int i = 0; i < 2_000; i++) {
            String digits = generator.next("KIS").canonical().substring(3, 11);
            for (int p = 0; p < 8; p++) {
                positions.get(p).add(digits.charAt(p));
            }
        }
        positions.forEach(seen -> assertThat(seen).hasSize(10));
    }

    @Test
    void prefixCandidatesFollowTheRegionCode() {
        assertThat(KeychainPrefixes.candidates("ota").get(0)).isEqualTo("OTA");
        assertThat(KeychainPrefixes.candidates("otaru")).startsWith("OTA", "OTR", "OTU");
        assertThat(KeychainPrefixes.candidates("kishiwada").get(0)).isEqualTo("KIS");
        assertThat(KeychainPrefixes.candidates("letter-town")).allMatch(p -> p.matches("[A-Z]{2,4}"));
    }
}
