package jp.mimamo.noren.lookups;

import jakarta.inject.Singleton;
import jp.mimamo.noren.audit.AccessEntry;
import jp.mimamo.noren.audit.AccessLog;
import jp.mimamo.noren.audit.ClientInfo;
import jp.mimamo.noren.audit.Reader;
import jp.mimamo.noren.keychains.RegistrationNumber;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.Caller;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.Region;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The emergency look-up of a keychain number (docs/adr/0013).
 * <ul>
 * <li>The number is checked (format, Damm check digit) and the reason too, before any database work; a refused
 *     request writes only its access-log entry, in the responder's region.</li>
 * <li>The prefix names the registrant's region. The look-up reads there, for a responder of any region: the one
 *     deliberate cross-region read of the product, limited to this route and to the fields below.</li>
 * <li>An approved organisation's member sees the name, reading, birth date, photo, the centre's contact and the
 *     connections in calling order; medical notes only when the person agreed to disclose them to that kind of
 *     organisation. A responder without an approved organisation sees the same after giving an emergency reason
 *     (緊急開示), which their region admin reviews; without one, the answer is the same 404 as an unknown number.</li>
 * <li>A revoked number or an ended registration shows no personal data.</li>
 * <li>Every look-up is logged as {@code lookup} in the registrant's region (in the responder's when the number is
 *     unknown) and as {@code lookup-elsewhere} in the responder's own region when that differs, in the same
 *     transaction as the read; the registrant's centre gets a notice and a mail.</li>
 * </ul>
 */
@Singleton
public class Lookups {
    static final int MAX_TYPED = 40;

    private final RegionDatabase database;
    private final AccessLog log;
    private final SlidingWindowLimiter limiter;
    private final LookupSettings settings;
    private final RegistrantPhotos photos;
    private final NoticeMailer mailer;

    Lookups(RegionDatabase database, AccessLog log, SlidingWindowLimiter limiter, LookupSettings settings,
            RegistrantPhotos photos, NoticeMailer mailer) {
        this.database = database;
        this.log = log;
        this.limiter = limiter;
        this.settings = settings;
        this.photos = photos;
        this.mailer = mailer;
    }

    private record Answer(LookupView view, String homeRegion, Long noticeId) {
    }

    LookupView lookUp(CurrentRegion own, LookupForm form, ClientInfo client, Locale locale) {
        Caller caller = own.caller();
        if (!limiter.tryAcquire("responder:" + own.code() + ":" + caller.username(), settings.perResponderPerMinute())) {
            throw tooMany();
        }
        LookupForm sent = form == null ? new LookupForm(null, null, null, null) : form;
        FormErrors errors = new FormErrors(locale);
        LookupRules.Valid valid = LookupRules.validate(sent, errors);
        RegistrationNumber number = null;
        String problem = null;
        try {
            number = RegistrationNumber.parse(sent.number());
        } catch (RegistrationNumber.Invalid invalid) {
            problem = invalid.reason().name().toLowerCase(Locale.ROOT);
            errors.reject("number", invalid.reason() == RegistrationNumber.Invalid.Reason.FORMAT
                    ? "validation.keychain.format" : "validation.keychain.checkDigit");
        }
        try {
            errors.throwIfAny();
        } catch (ProblemException refused) {
            logRefusedRequest(own, sent, problem, client);
            throw refused;
        }
        RegistrationNumber checked = number;
        Answer answer = database.inRegion(own, c -> lookUp(c, own, checked, valid, client));
        if (answer.noticeId() != null) {
            mailer.send(answer.homeRegion(), answer.noticeId());
        }
        if (answer.view() == null) {
            throw ProblemException.notFound();
        }
        return answer.view();
    }

    private Answer lookUp(Connection c, CurrentRegion own, RegistrationNumber number, LookupRules.Valid valid, ClientInfo client)
            throws SQLException {
        Caller caller = own.caller();
        Optional<ResponderOrganisation> organisation = OrganisationRepository.ofResponder(c, own.code(), caller.username());
        if (organisation.isPresent() && !limiter.tryAcquire("organisation:" + own.code() + ":" + organisation.get().id(),
                settings.perOrganisationPerMinute())) {
            throw tooMany();
        }
        boolean entitled = organisation.map(ResponderOrganisation::approved).orElse(false);
        boolean emergency = !entitled && valid.emergencyReason() != null;
        Reader ownReader = Reader.of(own, null, null, client);
        Optional<Region> home = regionOfPrefix(c, number.prefix());
        Optional<LookupRepository.Keychain> keychain = Optional.empty();
        if (home.isPresent()) {
            RegionDatabase.switchRegion(c, home.get().code());
            keychain = LookupRepository.keychain(c, home.get().code(), number.canonical());
        }
        if (keychain.isEmpty()) {
            RegionDatabase.switchRegion(c, own.code());
            Map<String, Object> details = details(number, "unknown", organisation, own, valid, emergency);
            log.record(c, own, ownReader, new AccessEntry(null, "lookup", List.of(), AccessEntry.Access.NONE,
                    purpose(valid, emergency), AccessEntry.Outcome.REJECTED, details));
            disclose(c, own, organisation, number, home.map(Region::code).orElse(null), "unknown", valid, emergency);
            return new Answer(null, null, null);
        }
        Region homeRegion = home.get();
        CurrentRegion homeScope = new CurrentRegion(homeRegion, caller);
        LookupRepository.Keychain found = keychain.get();
        String result = !entitled && !emergency ? "refused" : found.revoked() ? "revoked" : !found.current() ? "ended" : "shown";
        LookupView view = switch (result) {
            case "shown" -> shown(c, homeRegion, number, found, organisation, emergency);
            case "refused" -> null;
            default -> new LookupView(number.canonical(), number.display(), result, emergency, homeRegion.name(), null,
                    found.centre(), List.of(), null, false, List.of("centre"), Instant.now());
        };
        List<String> fields = view == null ? List.of() : view.shownFields();
        AccessEntry.Access access = "shown".equals(result) ? AccessEntry.Access.LIMITED : AccessEntry.Access.NONE;
        AccessEntry.Outcome outcome = "shown".equals(result) ? AccessEntry.Outcome.SHOWN : AccessEntry.Outcome.REJECTED;
        Map<String, Object> details = details(number, result, organisation, own, valid, emergency);
        log.record(c, homeScope, Reader.of(homeScope, null, null, client),
                new AccessEntry(found.registrantId(), "lookup", fields, access, purpose(valid, emergency), outcome, details));
        long notice = LookupNotices.insert(c, homeRegion.code(), new LookupNotices.New(found.centreId(), found.registrantId(),
                number.canonical(), result, emergency, own.code(), caller.username(), caller.displayName(),
                organisation.map(ResponderOrganisation::name).orElse(null), organisation.map(ResponderOrganisation::kind).orElse(null),
                valid.reason(), valid.reasonText(), found.centreHasEmail()));
        if (!homeRegion.code().equals(own.code())) {
            RegionDatabase.switchRegion(c, own.code());
            details.put("homeRegion", homeRegion.code());
            log.record(c, own, ownReader, new AccessEntry(null, "lookup-elsewhere", fields, access, purpose(valid, emergency),
                    outcome, details));
        }
        disclose(c, own, organisation, number, homeRegion.code(), result, valid, emergency);
        // A centre without an address has its notice in the in-app list only: nothing is left to do after the commit.
        return new Answer(view, homeRegion.code(), found.centreHasEmail() ? notice : null);
    }

    private LookupView shown(Connection c, Region home, RegistrationNumber number, LookupRepository.Keychain found,
                             Optional<ResponderOrganisation> organisation, boolean emergency) throws SQLException {
        LookupRepository.Person person = LookupRepository.person(c, home.code(), found.registrantId());
        Optional<String> photo = photos.photo(c, home.code(), found.registrantId());
        List<LookupView.Contact> connections = LookupRepository.connections(c, home.code(), found.registrantId());
        boolean medical = !emergency && organisation.map(o -> o.approved() && found.discloseTo().contains(o.kind())).orElse(false);
        List<String> fields = new ArrayList<>(List.of("name", "nameKana", "birthDate"));
        photo.ifPresent(p -> fields.add("photo"));
        fields.add("centre");
        fields.add("connections");
        if (medical) {
            fields.add("medical");
        }
        return new LookupView(number.canonical(), number.display(), "shown", emergency, home.name(),
                new LookupView.Person(person.name(), person.nameKana(), person.birthDate(), photo.orElse(null)),
                found.centre(), connections, medical ? person.medical() : null, !medical, List.copyOf(fields), Instant.now());
    }

    private static void disclose(Connection c, CurrentRegion own, Optional<ResponderOrganisation> organisation,
                                 RegistrationNumber number, String homeRegion, String result, LookupRules.Valid valid,
                                 boolean emergency) throws SQLException {
        if (emergency) {
            EmergencyDisclosures.insert(c, own.code(), new EmergencyDisclosures.New(own.caller().username(),
                    own.caller().displayName(), organisation.orElse(null), number.canonical(), homeRegion, result,
                    valid.reason(), valid.reasonText(), valid.emergencyReason()));
        }
    }

    /** A refused request (bad number or reason) is logged in the responder's region with what was typed, cut short. */
    private void logRefusedRequest(CurrentRegion own, LookupForm form, String problem, ClientInfo client) {
        String typed = form.number() == null ? "" : form.number();
        Map<String, Object> details = new HashMap<>();
        details.put("typed", typed.substring(0, Math.min(typed.length(), MAX_TYPED)));
        details.put("problem", problem == null ? "form" : problem);
        details.put("result", "invalid");
        database.inRegion(own, c -> {
            log.record(c, own, Reader.of(own, null, null, client), new AccessEntry(null, "lookup", List.of(),
                    AccessEntry.Access.NONE, null, AccessEntry.Outcome.REJECTED, details));
            return null;
        });
    }

    private static Map<String, Object> details(RegistrationNumber number, String result, Optional<ResponderOrganisation> organisation,
                                               CurrentRegion own, LookupRules.Valid valid, boolean emergency) {
        Map<String, Object> details = new HashMap<>();
        details.put("number", number.canonical());
        details.put("result", result);
        details.put("reason", valid.reason());
        if (valid.reasonText() != null) {
            details.put("reasonText", valid.reasonText());
        }
        details.put("responderRegion", own.code());
        organisation.ifPresent(o -> {
            details.put("organisationId", o.id());
            details.put("organisation", o.name());
            details.put("organisationKind", o.kind());
            details.put("organisationApproved", o.approved());
        });
        details.put("emergency", emergency);
        if (emergency) {
            details.put("emergencyReason", valid.emergencyReason());
        }
        return details;
    }

    private static String purpose(LookupRules.Valid valid, boolean emergency) {
        return emergency ? "緊急開示: " + valid.purpose() + " — " + valid.emergencyReason() : "緊急照会: " + valid.purpose();
    }

    /** The region whose prefix the number carries; the directory of prefixes is shared by all regions. */
    private static Optional<Region> regionOfPrefix(Connection c, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select r.code, r.name, r.name_en from keychain_prefixes p join regions r on r.code = p.region_code
                where p.prefix = ? and r.status = 'active'""")) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Region(rs.getString(1), rs.getString(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    private static ProblemException tooMany() {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.lookup.tooMany");
    }
}
