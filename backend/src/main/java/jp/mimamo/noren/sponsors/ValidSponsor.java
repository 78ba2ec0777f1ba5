package jp.mimamo.noren.sponsors;

import java.time.LocalDate;
import java.util.List;

/** A sponsor that passed {@link SponsorRules}: normalised, ready to store (public for the roster import). */
public record ValidSponsor(String name, String nameKana, String searchKey, String categoryCode, String postalCode,
                    String address, String phone, String email, LocalDate joinedOn, String notes,
                    List<SponsorContact> contacts) {
}
