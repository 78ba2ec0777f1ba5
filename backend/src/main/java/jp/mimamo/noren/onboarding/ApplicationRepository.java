package jp.mimamo.noren.onboarding;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL over region_applications and the provisioning steps beside them. */
@Singleton
class ApplicationRepository {
    private static final String SELECT = """
            select a.id, a.code, a.region_name, a.municipality, a.organiser_name, a.organiser_email, a.organisation,
                   a.partners::text, a.expected_centres, a.message, a.status, a.review_message, a.submitted_at, a.created_at,
                   a.version, r.status, i.sent_at, i.accepted_at, a.verification_nonce, a.edit_nonce
            from region_applications a
            left join regions r on r.code = a.code and a.status = 'approved'
            left join region_admin_invitations i on i.application_id = a.id
            """;
    private final JsonMapper json;

    ApplicationRepository(JsonMapper json) {
        this.json = json;
    }

    record Stored(ApplicationView view, String verificationNonce, String editNonce) {
    }

    long insert(Connection c, ApplicationRules.Checked a, String nonce) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into region_applications (code, region_name, municipality, organiser_name, organiser_email, organisation,
                                                 partners, expected_centres, message, verification_nonce)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id""")) {
            bind(ps, a);
            ps.setString(10, nonce);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void replace(Connection c, long id, ApplicationRules.Checked a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update region_applications set code = ?, region_name = ?, municipality = ?, organiser_name = ?, organiser_email = ?,
                       organisation = ?, partners = ?::jsonb, expected_centres = ?, message = ?, status = 'submitted',
                       edit_nonce = null, submitted_at = now(), updated_at = now(), version = version + 1
                where id = ?""")) {
            bind(ps, a);
            ps.setLong(10, id);
            ps.executeUpdate();
        }
    }

    private void bind(PreparedStatement ps, ApplicationRules.Checked a) throws SQLException {
        ps.setString(1, a.code());
        ps.setString(2, a.regionName());
        ps.setString(3, a.municipality());
        ps.setString(4, a.organiserName());
        ps.setString(5, a.organiserEmail());
        ps.setString(6, a.organisation());
        try {
            ps.setString(7, new String(json.writeValueAsBytes(a.partners()), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ps.setInt(8, a.expectedCentres());
        ps.setString(9, a.message());
    }

    /** Moves an application from one status to another; false when it was not in that status (or at that version). */
    boolean move(Connection c, long id, String from, String to, Integer version, String reviewMessage, String reviewer,
                 String editNonce) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update region_applications set status = ?, review_message = coalesce(?, review_message),
                       reviewed_by = coalesce(?, reviewed_by), reviewed_at = case when ? is null then reviewed_at else now() end,
                       edit_nonce = ?, verification_nonce = null,
                       submitted_at = case when ? = 'submitted' then now() else submitted_at end,
                       updated_at = now(), version = version + 1
                where id = ? and status = ? and (? is null or version = ?)""")) {
            ps.setString(1, to);
            ps.setString(2, reviewMessage);
            ps.setString(3, reviewer);
            ps.setString(4, reviewer);
            ps.setString(5, editNonce);
            ps.setString(6, to);
            ps.setLong(7, id);
            ps.setString(8, from);
            ps.setObject(9, version, java.sql.Types.INTEGER);
            ps.setObject(10, version, java.sql.Types.INTEGER);
            return ps.executeUpdate() == 1;
        }
    }

    Optional<Stored> find(Connection c, long id, boolean lock) throws SQLException {
        if (lock) {
            try (PreparedStatement ps = c.prepareStatement("select 1 from region_applications where id = ? for update")) {
                ps.setLong(1, id);
                ps.executeQuery().close();
            }
        }
        List<Stored> found = query(c, SELECT + " where a.id = ?", id);
        return found.stream().findFirst();
    }

    List<ApplicationView> list(Connection c) throws SQLException {
        return query(c, SELECT + " where a.status <> 'unverified' order by a.status = 'submitted' desc, a.submitted_at desc nulls last, a.id desc limit 500", null)
                .stream().map(Stored::view).toList();
    }

    private List<Stored> query(Connection c, String sql, Long id) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long appId = rs.getLong(1);
                    rows.add(new Stored(new ApplicationView(appId, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), partners(rs.getString(8)), rs.getInt(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                            rs.getInt(15), rs.getString(16), List.of(), instant(rs.getTimestamp(17)), instant(rs.getTimestamp(18))),
                            rs.getString(19), rs.getString(20)));
                }
            }
        }
        List<Stored> withSteps = new ArrayList<>();
        for (Stored row : rows) {
            withSteps.add(new Stored(withSteps(row.view(), steps(c, row.view().id())), row.verificationNonce(), row.editNonce()));
        }
        return withSteps;
    }

    List<ApplicationView.StepView> steps(Connection c, long id) throws SQLException {
        List<ApplicationView.StepView> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select step, state, error, attempts, updated_at from region_provisioning_steps where application_id = ? order by position")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new ApplicationView.StepView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return steps;
    }

    private static ApplicationView withSteps(ApplicationView v, List<ApplicationView.StepView> steps) {
        return new ApplicationView(v.id(), v.code(), v.regionName(), v.municipality(), v.organiserName(), v.organiserEmail(),
                v.organisation(), v.partners(), v.expectedCentres(), v.message(), v.status(), v.reviewMessage(), v.submittedAt(),
                v.createdAt(), v.version(), v.regionStatus(), steps, v.invitationSentAt(), v.invitationAcceptedAt());
    }

    private List<PartnerForm> partners(String text) {
        try {
            return json.readValue(text, Argument.listOf(PartnerForm.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
