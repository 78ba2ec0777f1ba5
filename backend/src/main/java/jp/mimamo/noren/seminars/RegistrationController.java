package jp.mimamo.noren.seminars;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import jp.mimamo.noren.shared.FormErrors;
import jp.mimamo.noren.tenancy.CurrentRegion;
import jp.mimamo.noren.tenancy.InRegion;
import jp.mimamo.noren.tenancy.Roles;

import java.util.List;

import static jp.mimamo.noren.shared.ProblemResponses.localeOf;

/**
 * Applications entered by staff (by phone or on paper), cancellations and the waitlist, attendance at the door and the
 * printed papers. Online applications come from the residents' own page, which records the channel {@code online}.
 */
@Controller("/api/v1/regions/{region}")
@ExecuteOn(TaskExecutors.IO)
@Secured({Roles.REGION_ADMIN, Roles.CENTRE_STAFF})
class RegistrationController {
    private static final List<String> STAFF_CHANNELS = List.of("phone", "paper");
    private final Participants participants;
    private final Registrations registrations;
    private final Attendance attendance;
    private final SeminarDocuments documents;

    RegistrationController(Participants participants, Registrations registrations, Attendance attendance, SeminarDocuments documents) {
        this.participants = participants;
        this.registrations = registrations;
        this.attendance = attendance;
        this.documents = documents;
    }

    @Get("/seminar-participants")
    List<ParticipantView> participants(@Parameter(hidden = true) @InRegion CurrentRegion scope, @Nullable @QueryValue String q) {
        return participants.search(scope, q);
    }

    @Post("/seminars/{seminarId}/registrations")
    HttpResponse<List<RegistrationView>> register(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request,
                                                  long seminarId, @Body RegistrationForm form) {
        if (form.channel() != null && !STAFF_CHANNELS.contains(form.channel())) {
            FormErrors errors = new FormErrors(localeOf(request));
            errors.reject("channel", "validation.oneOf", String.join(", ", STAFF_CHANNELS));
            errors.throwIfAny();
        }
        return HttpResponse.created(registrations.register(scope, seminarId, form, localeOf(request)));
    }

    @Get("/seminar-sessions/{sessionId}/registrations")
    List<RegistrationView> ofSession(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sessionId) {
        return registrations.ofSession(scope, sessionId);
    }

    @Post("/seminar-registrations/{registrationId}/cancel")
    Cancellation cancel(@Parameter(hidden = true) @InRegion CurrentRegion scope, long registrationId) {
        return registrations.cancel(scope, registrationId);
    }

    @Post("/seminar-registrations/{registrationId}/attendance")
    RegistrationView tick(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long registrationId,
                          @Body AttendanceForm form) {
        return attendance.tick(scope, registrationId, form, localeOf(request));
    }

    @Post("/seminar-sessions/{sessionId}/check-ins")
    CheckIn checkIn(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sessionId,
                    @Body CheckInForm form) {
        return attendance.checkIn(scope, sessionId, form, localeOf(request));
    }

    @Post("/seminar-sessions/{sessionId}/walk-ins")
    HttpResponse<CheckIn> walkIn(@Parameter(hidden = true) @InRegion CurrentRegion scope, HttpRequest<?> request, long sessionId,
                                 @Body WalkInForm form) {
        return HttpResponse.created(attendance.walkIn(scope, sessionId, form, localeOf(request)));
    }

    @Get(value = "/seminar-sessions/{sessionId}/door-list.pdf", produces = "application/pdf")
    HttpResponse<byte[]> doorList(@Parameter(hidden = true) @InRegion CurrentRegion scope, long sessionId) {
        SeminarDocuments.DoorList list = documents.doorList(scope, sessionId);
        String name = list.session().startsAt().toLocalDate() + "_" + list.title() + "_受付名簿.pdf";
        return pdf(documents.doorListPdf(list), "door-list-" + sessionId + ".pdf", name);
    }

    @Get(value = "/seminar-registrations/{registrationId}/ticket.pdf", produces = "application/pdf")
    HttpResponse<byte[]> ticket(@Parameter(hidden = true) @InRegion CurrentRegion scope, long registrationId) {
        return pdf(documents.ticketPdf(scope, registrationId), "ticket-" + registrationId + ".pdf", "参加証.pdf");
    }

    private static HttpResponse<byte[]> pdf(byte[] body, String asciiName, String japaneseName) {
        String encoded = java.net.URLEncoder.encode(japaneseName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(body).header("Content-Disposition",
                "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded);
    }
}
