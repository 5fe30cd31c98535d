package uk.nhs.smartcardportal.collection.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.ui.SessionDayLinks;

/** The sessions list links each session going ahead to its run sheet and its hand-over desk. */
@Component
class CollectionSessionLinks implements SessionDayLinks {

    @Override
    public List<Link> linksFor(SessionRow session) {
        String when = UkTime.span(session.startsAt(), session.endsAt()) + " at " + session.siteName();
        return List.of(
                new Link(
                        "Run sheet",
                        CollectionNavigation.runSheet(session.id()),
                        "Run sheet for the session on " + when),
                new Link("Desk", CollectionNavigation.desk(session.id()), "Hand-over desk for the session on " + when));
    }
}
