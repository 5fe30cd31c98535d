package uk.nhs.smartcardportal.cards.mine.ui;

import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.web.FileAddresses;
import uk.nhs.smartcardportal.sessions.SessionIcsFile;
import uk.nhs.smartcardportal.sessions.SessionLookup;

/**
 * The calendar file of a collection session, at an address of its own behind the same sign-in as every page. It is
 * written when asked for: most people never download it.
 */
@Controller
class SessionCalendarController {

    private static final String PATH = FileAddresses.SESSION_CALENDAR_FILES;

    private final SessionLookup sessions;
    private final PortalProperties portal;
    private final Clock clock;

    SessionCalendarController(SessionLookup sessions, PortalProperties portal, Clock clock) {
        this.sessions = sessions;
        this.portal = portal;
        this.clock = clock;
    }

    /** The file's address relative to the portal's root, as the page's links use it. */
    static String path(long sessionId) {
        return PATH + sessionId;
    }

    @GetMapping("/" + PATH + "{sessionId}")
    ResponseEntity<byte[]> download(@PathVariable long sessionId) {
        return sessions.summary(sessionId)
                .map(session -> {
                    byte[] ics = SessionIcsFile.ics(
                            session,
                            "Collect your NHS Smartcard",
                            "Bring original, in-date identity documents: usually three, one with your photo and one "
                                    + "showing your address. The name must match exactly.",
                            portal.mailFrom(),
                            clock.instant());
                    return ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.attachment()
                                            .filename("smartcard-collection-" + sessionId + ".ics")
                                            .build()
                                            .toString())
                            .body(ics);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
