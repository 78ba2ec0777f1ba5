package jp.mimamo.noren.documents;

import java.util.Objects;

/**
 * What one watch-over keychain card carries. Front (表): the registrant's centre, whom a hospital or the police
 * call. Back (裏): the registration number and a QR code that opens the look-up page for it. Never the person's
 * name or address: a lost keychain identifies nobody by itself.
 *
 * @param number      the number as printed, e.g. OTA-1234-5678-5
 * @param lookupUrl   the address the QR code opens
 * @param regionName  the watch-over network, e.g. おおた高齢者見守りネットワーク
 * @param centreName  the registrant's centre
 * @param centrePhone the centre's phone number
 * @param afterHours  who answers outside the centre's hours, e.g. 夜間・休日 大森警察署 03-…, or null
 */
public record KeychainCard(String number, String lookupUrl, String regionName, String centreName, String centrePhone,
                           String afterHours) {
    public KeychainCard {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(centreName, "centreName");
        Objects.requireNonNull(centrePhone, "centrePhone");
    }
}
