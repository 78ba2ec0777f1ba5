package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.identity.IdentityUnavailable;
import jp.mimamo.noren.keychains.KeychainPrefixes;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.shared.Messages;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.RegionDatabase;
import jp.mimamo.noren.tenancy.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Approval provisions the region in steps, each idempotent and recorded (pending / done / failed + error):
 * the regions row with its launch checklist, the keychain prefix, the Keycloak organization, and the
 * organiser's invitation. A step that fails stops the run; running again starts at the first step not done,
 * so a region whose Keycloak or mail server was down is retried from head office's queue, and running it
 * after success changes nothing. Settings and templates need no step: a region without its own rows uses the
 * defaults and head office's shared templates (ADR 0008).
 */
@Singleton
class Provisioning {
    static final List<String> STEPS = List.of("region", "keychain-prefix", "organization", "invitation");
    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    private final HeadOfficeDatabase database;
    private final RegionDatabase regions;
    private final RegionDirectory directory;
    private final ApplicationRepository repository;
    private final RegionIdentity identity;
    private final OnboardingMail mail;
    private final Links links;
    private final Duration invitationLife;
    private final Map<Long, Object> running = new ConcurrentHashMap<>();

    Provisioning(HeadOfficeDatabase database, RegionDatabase regions, RegionDirectory directory, ApplicationRepository repository,
                 RegionIdentity identity, OnboardingMail mail, Links links, OnboardingSettings settings) {
        this.database = database;
        this.regions = regions;
        this.directory = directory;
        this.repository = repository;
        this.identity = identity;
        this.mail = mail;
        this.links = links;
        this.invitationLife = Duration.ofDays(settings.invitationDays());
    }

    /** Approves a submitted application (an approved one is only resumed) and provisions its region. */
    ApplicationView approve(long id, Integer version, String reviewer) {
        database.inTransaction(c -> {
            ApplicationView current = repository.find(c, id, true).orElseThrow(ProblemException::notFound).view();
            if ("submitted".equals(current.status())) {
                if (version != null && version != current.version()) {
                    throw ProblemException.staleVersion();
                }
                repository.move(c, id, "submitted", "approved", version, null, reviewer, null);
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into region_provisioning_steps (application_id, step, position) values (?, ?, ?)
                        on conflict do nothing""")) {
                    for (int i = 0; i < STEPS.size(); i++) {
                        ps.setLong(1, id);
                        ps.setString(2, STEPS.get(i));
                        ps.setInt(3, i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } else if (!"approved".equals(current.status())) {
                throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.review.notSubmitted");
            }
            return null;
        });
        return resume(id);
    }

    /** Runs every step not yet done, in order, stopping at the first failure. */
    ApplicationView resume(long id) {
        synchronized (running.computeIfAbsent(id, k -> new Object())) {
            ApplicationView application = database.inTransaction(c -> repository.find(c, id, false))
                    .orElseThrow(ProblemException::notFound).view();
            if (!"approved".equals(application.status())) {
                throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.review.notApproved");
            }
            for (ApplicationView.StepView step : application.steps()) {
                if ("done".equals(step.state())) {
                    continue;
                }
                try {
                    run(step.step(), application);
                    record(id, step.step(), "done", null);
                } catch (IdentityUnavailable e) {
                    LOG.warn("Provisioning of {} stopped at {}: {}", application.code(), step.step(), e.getMessage());
                    record(id, step.step(), "failed", text("onboarding.step.identityFailed", e.getMessage()));
                    break;
                } catch (StepFailure e) {
                    LOG.warn("Provisioning of {} stopped at {}: {}", application.code(), step.step(), e.getMessage());
                    record(id, step.step(), "failed", e.getMessage());
                    break;
                } catch (RuntimeException e) {
                    LOG.error("Provisioning of {} failed at {}", application.code(), step.step(), e);
                    record(id, step.step(), "failed", text("onboarding.step.unexpected", e.getClass().getSimpleName()));
                    break;
                }
            }
            return database.inTransaction(c -> repository.find(c, id, false)).orElseThrow().view();
        }
    }

    private void run(String step, ApplicationView a) {
        switch (step) {
            case "region" -> region(a);
            case "keychain-prefix" -> regions.inRegion(a.code(), c -> KeychainPrefixes.ensure(c, a.code()));
            case "organization" -> identity.ensureOrganization(a.code(), a.regionName() + "（" + a.code() + "）", a.municipality() + "の支部");
            case "invitation" -> invitation(a);
            default -> throw new IllegalStateException("Unknown step " + step);
        }
    }

    /** The regions row, the region's launch checklist and its partners, in one transaction of the new region. */
    private void region(ApplicationView a) {
        regions.inRegion(a.code(), c -> {
            int created;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into regions (code, name, name_en) values (?, ?, ?) on conflict (code) do nothing")) {
                ps.setString(1, a.code());
                ps.setString(2, a.regionName());
                ps.setString(3, a.code().substring(0, 1).toUpperCase(Locale.ROOT) + a.code().substring(1));
                created = ps.executeUpdate();
            }
            if (created == 0 && !checklistOf(c, a.code())) {
                throw new StepFailure(text("onboarding.step.codeTaken", a.code()));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into launch_checklist (region_id) values (?) on conflict (region_id) do nothing")) {
                ps.setString(1, a.code());
                ps.executeUpdate();
            }
            if (!partnersOf(c, a.code())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into launch_partners (region_id, name, role) values (?, ?, ?)")) {
                    for (PartnerForm partner : a.partners()) {
                        ps.setString(1, a.code());
                        ps.setString(2, partner.name());
                        ps.setString(3, partner.role());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
        directory.forget(a.code());
    }

    private static boolean checklistOf(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from launch_checklist where region_id = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean partnersOf(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from launch_partners where region_id = ? limit 1")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Makes the single-use invitation once and mails it; a retry mails the same invitation again. */
    private void invitation(ApplicationView a) {
        String token = database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into region_admin_invitations (application_id, region_code, email, nonce, expires_at)
                    values (?, ?, ?, ?, ?) on conflict (application_id) do nothing""")) {
                ps.setLong(1, a.id());
                ps.setString(2, a.code());
                ps.setString(3, a.organiserEmail());
                ps.setString(4, SignedTokens.nonce());
                ps.setTimestamp(5, Timestamp.from(Instant.now().plus(invitationLife)));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select nonce, expires_at, accepted_at from region_admin_invitations where application_id = ?")) {
                ps.setLong(1, a.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getTimestamp(3) != null ? null
                            : links.make(Links.INVITATION, a.id(), rs.getTimestamp(2).toInstant(), rs.getString(1));
                }
            }
        });
        if (token == null) {
            return;
        }
        try {
            mail.invitation(a.organiserEmail(), a.organiserName(), a.regionName(), a.code(), token);
        } catch (MailFailure e) {
            throw new StepFailure(text("onboarding.step.mailFailed"));
        }
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update region_admin_invitations set sent_at = now() where application_id = ?")) {
                ps.setLong(1, a.id());
                return ps.executeUpdate();
            }
        });
    }

    private void record(long id, String step, String state, String error) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update region_provisioning_steps set state = ?, error = ?, attempts = attempts + 1, updated_at = now()
                    where application_id = ? and step = ?""")) {
                ps.setString(1, state);
                ps.setString(2, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
                ps.setLong(3, id);
                ps.setString(4, step);
                return ps.executeUpdate();
            }
        });
    }

    /** A step failed for a reason head office can read. */
    /** A step's outcome as head office reads it in the queue, kept in the product's language (Japanese). */
    private static String text(String key, Object... args) {
        return Messages.get(Messages.DEFAULT, key, args);
    }

    static final class StepFailure extends RuntimeException {
        StepFailure(String message) {
            super(message);
        }
    }
}
