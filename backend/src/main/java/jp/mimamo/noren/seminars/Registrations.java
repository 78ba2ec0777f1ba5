package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Applications, cancellations and the waitlist. Each is one transaction holding the locks of the sessions it touches. */
@Singleton
class Registrations {
    static final List<String> CHANNELS = List.of("online", "phone", "paper");
    private static final int MAX_ANSWER = 200;
    private final RegionDatabase database;
    private final SeminarRepository seminars;
    private final RegistrationRepository repository;
    private final Participants participants;
    private final Notices notices;
    private final Clock clock;

    Registrations(RegionDatabase database, SeminarRepository seminars, RegistrationRepository repository, Participants participants,
                  Notices notices) {
        this.database = database;
        this.seminars = seminars;
        this.repository = repository;
        this.participants = participants;
        this.notices = notices;
        this.clock = Clock.system(SeminarTime.ZONE);
    }

    /**
     * Registers one person for the chosen sessions of a seminar (all those still to come when none are chosen): a seat
     * where one is free, otherwise the waitlist. All or nothing: a session already started or cancelled, or one the
     * person already holds a place in, refuses the whole application.
     */
    List<RegistrationView> register(CurrentRegion region, long seminarId, RegistrationForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String channel = form.channel() == null ? "phone" : form.channel();
        if (!CHANNELS.contains(channel)) {
            errors.reject("channel", "validation.oneOf", String.join(", ", CHANNELS));
        }
        Participants.Valid details = form.participantId() == null ? Participants.validate(form.participant(), "participant.", errors) : null;
        errors.throwIfAny();
        List<Long> ids = database.inRegion(region, c -> {
            SeminarRepository.SeminarRow seminar = seminars.find(c, region.code(), seminarId).orElseThrow(ProblemException::notFound);
            String answers = answers(form.answers(), seminar.questions(), locale);
            LocalDateTime now = SeminarTime.now(clock);
            List<Seats.LockedSession> sessions = lockChosen(c, region.code(), seminarId, form.sessionIds(), now, locale);
            ParticipantView participant = participants.resolve(c, region.code(), form.participantId(), details);
            List<Long> placed = new ArrayList<>();
            for (Seats.LockedSession session : sessions) {
                placed.add(Seats.place(c, region.code(), session, participant.id(), channel, answers, region.caller().username(), false));
            }
            return placed;
        });
        return database.inRegion(region, c -> repository.find(c, region.code(), ids));
    }

    /** Cancels a place before its session starts; a freed seat goes to the first on the waitlist, who is told. */
    Cancellation cancel(CurrentRegion region, long registrationId) {
        record Outcome(List<Long> promoted, List<Notices.Pending> pending) {
        }
        Outcome outcome = database.inRegion(region, c -> {
            long sessionId = repository.sessionOf(c, region.code(), registrationId).orElseThrow(ProblemException::notFound);
            Seats.LockedSession session = Seats.lock(c, region.code(), sessionId).orElseThrow(ProblemException::notFound);
            if (session.started(SeminarTime.now(clock))) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.cancelAfterStart");
            }
            if (!repository.cancel(c, region.code(), registrationId)) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.alreadyCancelled");
            }
            List<Long> promoted = Seats.fillFreeSeats(c, region.code(), session);
            return new Outcome(promoted, notices.record(c, region.code(), promoted, "promoted"));
        });
        NoticeReport report = notices.deliver(region, outcome.pending());
        return database.inRegion(region, c -> new Cancellation(repository.find(c, region.code(), registrationId).orElseThrow(),
                repository.find(c, region.code(), outcome.promoted()), report));
    }

    List<RegistrationView> ofSession(CurrentRegion region, long sessionId) {
        return database.inRegion(region, c -> {
            seminars.session(c, region.code(), sessionId).orElseThrow(ProblemException::notFound);
            return repository.ofSession(c, region.code(), sessionId);
        });
    }

    /** The sessions chosen, or all still to come, locked in id order; each must be open for applications. */
    private List<Seats.LockedSession> lockChosen(Connection c, String region, long seminarId, List<Long> chosen, LocalDateTime now,
                                                 Locale locale) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        if (chosen == null || chosen.isEmpty()) {
            seminars.sessions(c, region, seminarId).stream()
                    .filter(s -> !s.cancelled() && s.startsAt().isAfter(now)).forEach(s -> ids.add(s.id()));
            if (ids.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.noSessionsOpen");
            }
        } else {
            if (chosen.size() > SeminarRules.MAX_SESSIONS || chosen.stream().anyMatch(Objects::isNull)) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("sessionIds", "validation.seminar.tooManySessions", SeminarRules.MAX_SESSIONS);
                errors.throwIfAny();
            }
            ids.addAll(chosen);
        }
        List<Seats.LockedSession> locked = new ArrayList<>();
        for (long id : ids) {
            Seats.LockedSession session = Seats.lock(c, region, id).filter(s -> s.seminarId() == seminarId)
                    .orElseThrow(ProblemException::notFound);
            if (session.cancelled()) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.sessionCancelled");
            }
            if (session.started(now)) {
                throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.registrationClosed");
            }
            locked.add(session);
        }
        return locked;
    }

    /** The answers to the seminar's own questions; an answer to a question it does not ask is refused. */
    String answers(Map<String, String> given, List<String> questions, Locale locale) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (given != null) {
            FormErrors errors = new FormErrors(locale);
            for (Map.Entry<String, String> entry : given.entrySet()) {
                String answer = JapaneseText.trimmed(entry.getValue());
                if (!questions.contains(entry.getKey())) {
                    errors.reject("answers", "validation.seminar.unknownQuestion", entry.getKey());
                } else if (answer != null && answer.length() > MAX_ANSWER) {
                    errors.reject("answers", "validation.tooLong", MAX_ANSWER);
                } else if (answer != null) {
                    answers.put(entry.getKey(), answer);
                }
            }
            errors.throwIfAny();
        }
        return repository.write(answers);
    }
}
