package jp.mimamo.noren.centres;

/** A centre that passed {@link CentreRules}, ready to store. */
record ValidCentre(String name, String nameKana, String postalCode, String address, String phone, String openingHours,
                   String afterHoursContact, String afterHoursPhone, String email) {
}
