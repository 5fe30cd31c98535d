package uk.nhs.smartcardportal.sessions.ui;

import java.util.List;
import uk.nhs.smartcardportal.sessions.SessionRow;

/**
 * Pages another feature offers for a session that is going ahead (such as the run sheet and the hand-over desk),
 * linked from the sessions list. Sessions knows nothing of them: the feature that owns the pages provides a bean.
 */
public interface SessionDayLinks {

    /** A link's words and where it goes. */
    record Link(String label, String href, String ariaLabel) {}

    List<Link> linksFor(SessionRow session);
}
