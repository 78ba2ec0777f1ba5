package jp.mimamo.noren.keychains;

import io.micronaut.serde.annotation.Serdeable;

/** The result of issuing, revoking or replacing: the number taken out of use and the new one, either may be null. */
@Serdeable
public record KeychainChange(KeychainRecord revoked, KeychainRecord issued) {
}
