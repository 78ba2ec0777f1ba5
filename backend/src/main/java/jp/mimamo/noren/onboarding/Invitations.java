package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The organiser accepts the invitation by choosing a password: Noren then creates their Keycloak account in
 * the region's organization with the region-admin role. The invitation row stays locked while this happens,
 * so two acceptances at once make one account, and a second acceptance is told the invitation was used.
 */
@Singleton
class Invitations {
    private final HeadOfficeDatabase database;
    private final Links links;
    private final RegionIdentity identity;

    Invitations(HeadOfficeDatabase database, Links links, RegionIdentity identity) {
        this.database = database;
        this.links = links;
        this.identity = identity;
    }

    private record Row(InvitationView view, String nonce) {
    }

    InvitationView show(String token) {
        Links.Link link = links.read(Links.INVITATION, token);
        return database.inTransaction(c -> read(c, link, false).view());
    }

    InvitationView accept(AcceptForm form, Locale locale) {
        Links.Link link = links.read(Links.INVITATION, form.token());
        FormErrors errors = new FormErrors(locale);
        String password = form.password();
        if (password == null || password.isEmpty()) {
            errors.reject("password", "validation.required");
        } else if (password.length() < 10 || password.length() > 128) {
            errors.reject("password", "validation.onboarding.password");
        }
        errors.throwIfAny();
        return database.inTransaction(c -> {
            Row row = read(c, link, true);
            if (row.view().accepted()) {
                throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.invitation.used");
            }
            RegionIdentity.Created created = identity.firstAdmin(row.view().regionCode(), link.id(), row.view().email(),
                    row.view().organiserName(), password);
            if (created instanceof RegionIdentity.Created.WeakPassword) {
                FormErrors weak = new FormErrors(locale);
                weak.reject("password", "validation.onboarding.password");
                weak.throwIfAny();
            }
            if (created instanceof RegionIdentity.Created.EmailTaken) {
                throw new ProblemException(ProblemType.CONFLICT, "onboarding.invitation.emailTaken");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update region_admin_invitations set accepted_at = now(), keycloak_user_id = ? where application_id = ?")) {
                ps.setString(1, ((RegionIdentity.Created.Done) created).userId());
                ps.setLong(2, link.id());
                ps.executeUpdate();
            }
            return read(c, link, false).view();
        });
    }

    private Row read(Connection c, Links.Link link, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select i.region_code, a.region_name, i.email, a.organiser_name, i.accepted_at is not null, i.nonce
                from region_admin_invitations i join region_applications a on a.id = i.application_id
                where i.application_id = ?""" + (lock ? " for update of i" : ""))) {
            ps.setLong(1, link.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !link.nonce().equals(rs.getString(6))) {
                    throw new ProblemException(ProblemType.NOT_FOUND, "onboarding.link.invalid");
                }
                return new Row(new InvitationView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)), rs.getString(6));
            }
        }
    }
}
