package jp.mimamo.noren.documents;

import java.util.Objects;

/**
 * Who issues an invoice or a receipt: the watch-over network's name, its 適格請求書発行事業者登録番号 when it has
 * one, and its seal (印影), a PNG or JPEG, when one was uploaded.
 *
 * @param name               e.g. みま～も大田
 * @param registrationNumber T and 13 digits, or null for an issuer that is not registered
 * @param seal               the image file, or null
 */
public record Issuer(String name, String registrationNumber, byte[] seal) {
    public Issuer {
        Objects.requireNonNull(name, "name");
        if (registrationNumber != null && registrationNumber.isBlank()) {
            registrationNumber = null;
        }
    }
}
