package jp.mimamo.noren.lookups;

/** The organisation a responder works at, as the look-up needs it: its kind decides the medical notes shown. */
record ResponderOrganisation(long id, String name, String kind, boolean approved) {
}
