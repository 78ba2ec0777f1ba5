package jp.mimamo.noren.seminars;

import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a seminar plan and its sessions must look like. All field errors are reported at once. */
final class SeminarRules {
    static final Set<String> KINDS = Set.of("single", "series");
    static final List<String> AUDIENCES = List.of("open", "members", "invited");
    static final List<String> PARTS = List.of("host", "lecture", "support");
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_QUESTIONS = 10;
    static final int MAX_ORGANISERS = 30;
    static final int MAX_SESSIONS = 200;
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_FEE = 1_000_000;

    private SeminarRules() {
    }

    static ValidSeminar validate(SeminarForm form, boolean withSessions, Clock clock, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String kind = form.kind() == null ? "single" : form.kind();
        if (!KINDS.contains(kind)) {
            errors.reject("kind", "validation.oneOf", "single, series");
        }
        String title = JapaneseText.trimmed(form.title());
        if (title == null) {
            errors.reject("title", "validation.required");
        } else if (title.length() > MAX_TITLE) {
            errors.reject("title", "validation.tooLong", MAX_TITLE);
        }
        String description = JapaneseText.trimmed(form.description());
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.reject("description", "validation.tooLong", MAX_DESCRIPTION);
        }
        if (form.capacity() == null) {
            errors.reject("capacity", "validation.required");
        } else if (form.capacity() < 1 || form.capacity() > MAX_CAPACITY) {
            errors.reject("capacity", "validation.range", 1, MAX_CAPACITY);
        }
        int fee = form.fee() == null ? 0 : form.fee();
        if (fee < 0 || fee > MAX_FEE) {
            errors.reject("fee", "validation.range", 0, MAX_FEE);
        }
        String audience = form.audience() == null ? "open" : form.audience();
        if (!AUDIENCES.contains(audience)) {
            errors.reject("audience", "validation.oneOf", String.join(", ", AUDIENCES));
        }
        List<String> questions = questions(form.questions(), errors);
        List<ValidSeminar.Organiser> organisers = organisers(form.organisers(), errors);
        List<ValidSeminar.Slot> sessions = List.of();
        if (withSessions) {
            sessions = sessions(form.sessions(), kind, clock, errors);
        }
        errors.throwIfAny();
        return new ValidSeminar(kind, title, description, form.venueId(), form.capacity(), fee, audience, questions, organisers, sessions);
    }

    /** One session's times: both given, the end after the start, not in the past, within five years. */
    static ValidSeminar.Slot slot(SessionForm form, String prefix, Clock clock, FormErrors errors) {
        if (form == null || form.startsAt() == null) {
            errors.reject(prefix + "startsAt", "validation.required");
            return null;
        }
        LocalDateTime startsAt = form.startsAt();
        LocalDateTime endsAt = form.endsAt() == null ? startsAt.plusHours(2) : form.endsAt();
        if (startsAt.isBefore(SeminarTime.now(clock).minusMinutes(1)) || startsAt.toLocalDate().isAfter(SeminarTime.latest(clock))) {
            errors.reject(prefix + "startsAt", "validation.seminar.sessionInPast");
            return null;
        }
        if (!endsAt.isAfter(startsAt)) {
            errors.reject(prefix + "endsAt", "validation.seminar.endBeforeStart");
            return null;
        }
        if (endsAt.isAfter(startsAt.plusHours(24))) {
            errors.reject(prefix + "endsAt", "validation.seminar.tooLong");
            return null;
        }
        return new ValidSeminar.Slot(startsAt, endsAt);
    }

    private static List<ValidSeminar.Slot> sessions(List<SessionForm> given, String kind, Clock clock, FormErrors errors) {
        if (given == null || given.isEmpty()) {
            errors.reject("sessions", "validation.seminar.sessionsRequired");
            return List.of();
        }
        if ("single".equals(kind) && given.size() > 1) {
            errors.reject("sessions", "validation.seminar.singleHasOneSession");
            return List.of();
        }
        if (given.size() > MAX_SESSIONS) {
            errors.reject("sessions", "validation.seminar.tooManySessions", MAX_SESSIONS);
            return List.of();
        }
        List<ValidSeminar.Slot> slots = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ValidSeminar.Slot slot = slot(given.get(i), "sessions[" + i + "].", clock, errors);
            if (slot != null) {
                slots.add(slot);
            }
        }
        return slots;
    }

    private static List<String> questions(List<String> given, FormErrors errors) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_QUESTIONS) {
            errors.reject("questions", "validation.seminar.tooManyQuestions", MAX_QUESTIONS);
            return List.of();
        }
        List<String> questions = given.stream().map(JapaneseText::trimmed).filter(q -> q != null).distinct().toList();
        if (questions.stream().anyMatch(q -> q.length() > 200)) {
            errors.reject("questions", "validation.tooLong", 200);
        }
        return questions;
    }

    private static List<ValidSeminar.Organiser> organisers(List<OrganiserForm> given, FormErrors errors) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_ORGANISERS) {
            errors.reject("organisers", "validation.seminar.tooManyOrganisers", MAX_ORGANISERS);
            return List.of();
        }
        List<ValidSeminar.Organiser> organisers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            OrganiserForm o = given.get(i);
            String prefix = "organisers[" + i + "].";
            if (o == null) {
                errors.reject(prefix + "name", "validation.required");
                continue;
            }
            String name = JapaneseText.trimmed(o.name());
            if (o.sponsorId() == null && name == null) {
                errors.reject(prefix + "name", "validation.seminar.organiserNameOrSponsor");
            } else if (name != null && name.length() > MAX_TITLE) {
                errors.reject(prefix + "name", "validation.tooLong", MAX_TITLE);
            }
            var role = OrganiserRole.of(o.role());
            if (role.isEmpty()) {
                errors.reject(prefix + "role", "validation.oneOf", OrganiserRole.codes());
            }
            String part = o.part() == null ? "support" : o.part();
            if (!PARTS.contains(part)) {
                errors.reject(prefix + "part", "validation.oneOf", String.join(", ", PARTS));
            }
            if (role.isPresent()) {
                organisers.add(new ValidSeminar.Organiser(o.sponsorId(), o.sponsorId() == null ? name : null, role.get(), part));
            }
        }
        return organisers;
    }
}
