package uk.nhs.smartcardportal.sessions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.Roles;

/** Looking up collection sessions, read-only, for other features; {@link SessionSchedulingService} plans, moves and cancels them. */
@Service
public class SessionLookup {

    private final CollectionSessionRepository sessions;
    private final Clock clock;

    SessionLookup(CollectionSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The next scheduled sessions at a site that have not started yet. Session times are not personal data. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingAt(long siteId, int limit) {
        return sessions.upcomingAt(siteId, clock.instant(), PageRequest.of(0, limit));
    }

    /**
     * Locks the session row until the caller's transaction ends, so that two people allocating cards at the same
     * moment are served one after the other and capacity holds. For other features' services.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CollectionSession> lockForAllocation(long sessionId) {
        return sessions.lockById(sessionId);
    }

    /** A session as people see it, for other features' work that runs with no one signed in (reminders). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SessionSummary> summaryForSystem(long sessionId) {
        return sessions.summary(sessionId);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SessionSummary> summary(long sessionId) {
        return sessions.summary(sessionId);
    }
}
