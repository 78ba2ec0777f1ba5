package jp.mimamo.noren.seminars;

import jakarta.inject.Singleton;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.RegionDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Attendance at the door: a tick on the list, a scanned or typed check-in code, or a walk-in written down on the
 * spot. Someone at the door always gets in: a walk-in takes a seat even when the session is full.
 */
@Singleton
class Attendance {
    private final RegionDatabase database;
    private final RegistrationRepository repository;
    private final Participants participants;
    private final Registrations registrations;
    private final SeminarRepository seminars;

    Attendance(RegionDatabase database, RegistrationRepository repository, Participants participants, Registrations registrations,
               SeminarRepository seminars) {
        this.database = database;
        this.repository = repository;
        this.participants = participants;
        this.registrations = registrations;
        this.seminars = seminars;
    }

    RegistrationView tick(CurrentRegion region, long registrationId, AttendanceForm form, Locale locale) {
        if (form.attended() == null) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("attended", "validation.required");
            errors.throwIfAny();
        }
        return database.inRegion(region, c -> {
            long sessionId = repository.sessionOf(c, region.code(), registrationId).orElseThrow(ProblemException::notFound);
            open(c, region.code(), sessionId);
            repository.attend(c, region.code(), registrationId, form.attended());
            return repository.find(c, region.code(), registrationId).orElseThrow();
        });
    }

    CheckIn checkIn(CurrentRegion region, long sessionId, CheckInForm form, Locale locale) {
        String code = Participants.normaliseCode(form.code());
        return database.inRegion(region, c -> {
            Seats.LockedSession session = open(c, region.code(), sessionId);
            Optional<ParticipantView> participant = code.isEmpty() ? Optional.empty() : participants.byCode(c, region.code(), code);
            if (participant.isEmpty()) {
                FormErrors errors = new FormErrors(locale);
                errors.reject("code", "validation.seminar.unknownCode");
                errors.throwIfAny();
            }
            return admit(c, region, session, participant.get().id(), "{}");
        });
    }

    CheckIn walkIn(CurrentRegion region, long sessionId, WalkInForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        Participants.Valid details = form.participantId() == null ? Participants.validate(form.participant(), "participant.", errors) : null;
        errors.throwIfAny();
        return database.inRegion(region, c -> {
            Seats.LockedSession session = open(c, region.code(), sessionId);
            SeminarRepository.SeminarRow seminar = seminars.find(c, region.code(), session.seminarId()).orElseThrow();
            String answers = registrations.answers(form.answers(), seminar.questions(), locale);
            ParticipantView participant = participants.resolve(c, region.code(), form.participantId(), details);
            return admit(c, region, session, participant.id(), answers);
        });
    }

    /** Ticks the person's registration, or makes them a walk-in when they have none (or had cancelled it). */
    private CheckIn admit(Connection c, CurrentRegion region, Seats.LockedSession session, long participantId, String answers)
            throws SQLException {
        Optional<RegistrationView> existing = repository.ofParticipant(c, region.code(), session.id(), participantId);
        if (existing.isPresent() && !existing.get().status().equals("cancelled")) {
            repository.attend(c, region.code(), existing.get().id(), true);
            return new CheckIn(repository.find(c, region.code(), existing.get().id()).orElseThrow(), false);
        }
        long id = Seats.place(c, region.code(), session, participantId, "walk-in", answers, region.caller().username(), true);
        return new CheckIn(repository.find(c, region.code(), id).orElseThrow(), true);
    }

    /** Locks the session; attendance is not taken for a cancelled one. */
    private static Seats.LockedSession open(Connection c, String region, long sessionId) throws SQLException {
        Seats.LockedSession session = Seats.lock(c, region, sessionId).orElseThrow(ProblemException::notFound);
        if (session.cancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "problem.seminar.sessionCancelled");
        }
        return session;
    }
}
