package uk.nhs.smartcardportal.collection;

import java.util.List;
import java.util.Map;
import uk.nhs.smartcardportal.sessions.SessionRow;

/**
 * Suggested bookings, oldest card first, with the upcoming sessions at each card's site to choose from instead. A
 * suggested session is the same row as in its site's list.
 */
public record AllocationPlan(List<AllocationSuggestion> suggestions, Map<Long, List<SessionRow>> sessionsBySite) {

    public List<SessionRow> sessionsAt(long siteId) {
        return sessionsBySite.getOrDefault(siteId, List.of());
    }
}
