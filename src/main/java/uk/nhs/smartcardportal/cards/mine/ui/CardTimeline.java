package uk.nhs.smartcardportal.cards.mine.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.mine.TimelineStep;

/** The card's journey as an ordered list: done steps with their dates, the current one marked for screen readers. */
class CardTimeline extends OrderedList {

    CardTimeline(List<TimelineStep> steps) {
        addClassName("card-timeline");
        getElement().setAttribute("aria-label", "Your card's progress");
        for (TimelineStep step : steps) {
            ListItem item = new ListItem();
            item.addClassName(
                    "card-timeline-" + step.state().name().toLowerCase().replace('_', '-'));
            Span label = new Span(step.label());
            label.addClassName("card-timeline-label");
            Span when = new Span(
                    step.at() != null
                            ? UkTime.dateTime(step.at())
                            : step.state() == TimelineStep.State.CURRENT ? "Now" : "Not yet");
            when.addClassName("card-timeline-when");
            item.add(label, when);
            if (step.state() == TimelineStep.State.CURRENT) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }
}
