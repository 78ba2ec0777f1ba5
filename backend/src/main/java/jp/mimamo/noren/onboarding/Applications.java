package jp.mimamo.noren.onboarding;

import jakarta.inject.Singleton;
import jp.mimamo.noren.mail.MailFailure;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.shared.JapaneseText;
import jp.mimamo.noren.shared.ProblemException;
import jp.mimamo.noren.shared.ProblemType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The life of an application: sent (unverified) → email confirmed (submitted) → head office asks for changes
 * (changes-requested → submitted again), rejects, or approves (then {@link Provisioning} takes over). Every
 * email is sent inside the transaction that changes the application, so a message that cannot be sent
 * leaves the application as it was.
 */
@Singleton
class Applications {
    private final HeadOfficeDatabase database;
    private final ApplicationRepository repository;
    private final OnboardingMail mail;
    private final Links links;
    private final FormTokens formTokens;
    private final SubmissionLimit limit;
    private final Duration verificationLife;

    Applications(HeadOfficeDatabase database, ApplicationRepository repository, OnboardingMail mail, Links links,
                 FormTokens formTokens, SubmissionLimit limit, OnboardingSettings settings) {
        this.database = database;
        this.repository = repository;
        this.mail = mail;
        this.links = links;
        this.formTokens = formTokens;
        this.limit = limit;
        this.verificationLife = Duration.ofHours(settings.verificationHours());
    }

    String formToken() {
        return formTokens.issue(Instant.now());
    }

    /** A new application, kept unverified until the organiser opens the link mailed to them. */
    void apply(ApplicationForm form, String address, Locale locale) {
        if (form.website() != null && !form.website().isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION, "onboarding.form.refused");
        }
        formTokens.check(form.formToken(), Instant.now());
        FormErrors errors = new FormErrors(locale);
        ApplicationRules.Checked checked = ApplicationRules.check(form, locale, errors);
        errors.throwIfAny();
        limit.take(address, Instant.now());
        database.inTransaction(c -> {
            refuseTakenCode(c, checked.code(), null, locale);
            String nonce = SignedTokens.nonce();
            long id = repository.insert(c, checked, nonce);
            String token = links.make(Links.VERIFY, id, Instant.now().plus(verificationLife), nonce);
            send(() -> mail.verification(checked.organiserEmail(), checked.organiserName(), checked.regionName(), token));
            return id;
        });
    }

    /** The organiser opened the link: the application reaches head office. A second opening changes nothing. */
    ApplicationView verify(String token, Locale locale) {
        Links.Link link = links.read(Links.VERIFY, token);
        return database.inTransaction(c -> {
            ApplicationRepository.Stored stored = repository.find(c, link.id(), true).orElseThrow(ProblemException::notFound);
            if (!"unverified".equals(stored.view().status()) || !link.nonce().equals(stored.verificationNonce())) {
                throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.link.used");
            }
            refuseTakenCode(c, stored.view().code(), stored.view().id(), locale);
            repository.move(c, link.id(), "unverified", "submitted", null, null, null, null);
            return repository.find(c, link.id(), false).orElseThrow().view();
        });
    }

    /** The application behind an edit link, for the organiser to correct. */
    ApplicationView editable(String token) {
        Links.Link link = links.read(Links.EDIT, token);
        return database.inTransaction(c -> requireEditable(c, link).view());
    }

    ApplicationView resubmit(String token, ApplicationForm form, Locale locale) {
        Links.Link link = links.read(Links.EDIT, token);
        FormErrors errors = new FormErrors(locale);
        ApplicationRules.Checked checked = ApplicationRules.check(form, locale, errors);
        errors.throwIfAny();
        return database.inTransaction(c -> {
            ApplicationRepository.Stored stored = requireEditable(c, link);
            refuseTakenCode(c, checked.code(), stored.view().id(), locale);
            repository.replace(c, stored.view().id(), checked);
            return repository.find(c, stored.view().id(), false).orElseThrow().view();
        });
    }

    List<ApplicationView> list() {
        return database.inTransaction(repository::list);
    }

    ApplicationView get(long id) {
        return database.inTransaction(c -> repository.find(c, id, false).orElseThrow(ProblemException::notFound).view());
    }

    ApplicationView requestChanges(long id, ReviewForm form, String reviewer, Locale locale) {
        String note = note(form, locale);
        return database.inTransaction(c -> {
            ApplicationView current = submitted(c, id, form);
            String nonce = SignedTokens.nonce();
            repository.move(c, id, "submitted", "changes-requested", form.version(), note, reviewer, nonce);
            String token = links.make(Links.EDIT, id, Instant.now().plus(Duration.ofDays(30)), nonce);
            send(() -> mail.changesRequested(current.organiserEmail(), current.organiserName(), current.regionName(), note, token));
            return repository.find(c, id, false).orElseThrow().view();
        });
    }

    ApplicationView reject(long id, ReviewForm form, String reviewer, Locale locale) {
        String note = note(form, locale);
        return database.inTransaction(c -> {
            ApplicationView current = submitted(c, id, form);
            repository.move(c, id, "submitted", "rejected", form.version(), note, reviewer, null);
            send(() -> mail.rejected(current.organiserEmail(), current.organiserName(), current.regionName(), note));
            return repository.find(c, id, false).orElseThrow().view();
        });
    }

    private ApplicationView submitted(Connection c, long id, ReviewForm form) throws SQLException {
        ApplicationView current = repository.find(c, id, true).orElseThrow(ProblemException::notFound).view();
        if (!"submitted".equals(current.status())) {
            throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.review.notSubmitted");
        }
        if (form.version() != null && form.version() != current.version()) {
            throw ProblemException.staleVersion();
        }
        return current;
    }

    private ApplicationRepository.Stored requireEditable(Connection c, Links.Link link) throws SQLException {
        ApplicationRepository.Stored stored = repository.find(c, link.id(), true).orElseThrow(ProblemException::notFound);
        if (!"changes-requested".equals(stored.view().status()) || !link.nonce().equals(stored.editNonce())) {
            throw new ProblemException(ProblemType.INVALID_STATE, "onboarding.link.used");
        }
        return stored;
    }

    private void refuseTakenCode(Connection c, String code, Long except, Locale locale) throws SQLException {
        if (RegionCodes.taken(c, code, except, verificationLife)) {
            FormErrors errors = new FormErrors(locale);
            errors.reject("code", "validation.onboarding.code.taken", code);
            errors.throwIfAny();
        }
    }

    private static String note(ReviewForm form, Locale locale) {
        FormErrors errors = new FormErrors(locale);
        String note = JapaneseText.trimmed(form.message());
        if (note == null) {
            errors.reject("message", "validation.required");
        } else if (note.length() > 2000) {
            errors.reject("message", "validation.tooLong", 2000);
        }
        errors.throwIfAny();
        return note;
    }

    interface Sending {
        void send() throws MailFailure;
    }

    private static void send(Sending sending) {
        try {
            sending.send();
        } catch (MailFailure e) {
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "onboarding.mail.failed");
        }
    }
}
