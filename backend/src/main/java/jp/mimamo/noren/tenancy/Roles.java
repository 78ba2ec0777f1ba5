package jp.mimamo.noren.tenancy;

import java.util.List;

/** Realm roles carried in the token's {@code roles} claim. */
public final class Roles {
    public static final String HEAD_OFFICE = "hq";
    public static final String REGION_ADMIN = "region-admin";
    public static final String CENTRE_STAFF = "centre-staff";
    public static final String RESPONDER = "responder";
    public static final String SPONSOR_CONTACT = "sponsor-contact";

    /** The roles a region admin may give to the people of their own region. */
    public static final List<String> ASSIGNABLE_IN_REGION = List.of(REGION_ADMIN, CENTRE_STAFF, RESPONDER, SPONSOR_CONTACT);

    private Roles() {
    }
}
