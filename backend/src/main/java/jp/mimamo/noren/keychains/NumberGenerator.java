package jp.mimamo.noren.keychains;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * Draws the eight digits of a new number from a cryptographic random source, so nobody can work out a
 * neighbour's number from their own: numbers issued one after the other share nothing but the prefix.
 */
@Singleton
class NumberGenerator {
    private final SecureRandom random;

    NumberGenerator() {
        this(new SecureRandom());
    }

    NumberGenerator(SecureRandom random) {
        this.random = random;
    }

    RegistrationNumber next(String prefix) {
        int value = random.nextInt(100_000_000);
        return RegistrationNumber.of(prefix, String.format("%08d", value));
    }
}
