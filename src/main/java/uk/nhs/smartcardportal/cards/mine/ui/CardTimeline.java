package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.mine.TimelineStep;

/**
 * The card's journey as an ordered list: done steps with their dates, the current one marked for screen readers. The
 * steps are the list's markup, every text escaped, rather than components: the list never changes while it is shown,
 * and five components a step were a fifth of what a starter's page kept in the session.
 */
class CardTimeline extends OrderedList {

    CardTimeline(List<TimelineStep> steps) {
        addClassName("card-timeline");
        getElement().setAttribute("aria-label", "Your card's progress");
        getElement().setProperty("innerHTML", markup(steps));
    }

    static String markup(List<TimelineStep> steps) {
        StringBuilder html = new StringBuilder();
        for (TimelineStep step : steps) {
            String when = step.at() != null
                    ? UkTime.dateTime(step.at())
                    : step.state() == TimelineStep.State.CURRENT ? "Now" : "Not yet";
            html.append("<li class=\"card-timeline-")
                    .append(step.state().name().toLowerCase().replace('_', '-'))
                    .append('"')
                    .append(step.state() == TimelineStep.State.CURRENT ? " aria-current=\"step\"" : "")
                    .append("><span class=\"card-timeline-label\">")
                    .append(HtmlUtils.htmlEscape(step.label()))
                    .append("</span><span class=\"card-timeline-when\">")
                    .append(HtmlUtils.htmlEscape(when))
                    .append("</span></li>");
        }
        return html.toString();
    }
}
