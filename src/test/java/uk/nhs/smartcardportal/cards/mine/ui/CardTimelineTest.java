package uk.nhs.smartcardportal.cards.mine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.cards.mine.TimelineStep;

class CardTimelineTest {

    @Test
    void eachStepIsAnItemWithItsDateAndOnlyTheCurrentOneIsMarked() {
        String html = CardTimeline.markup(List.of(
                new TimelineStep("Asked for", Instant.parse("2026-11-02T09:30:00Z"), TimelineStep.State.DONE),
                new TimelineStep("Printed", null, TimelineStep.State.CURRENT),
                new TimelineStep("Collected", null, TimelineStep.State.TO_COME)));

        assertThat(html)
                .startsWith("<li class=\"card-timeline-done\"><span class=\"card-timeline-label\">Asked for</span>")
                .contains("<li class=\"card-timeline-current\" aria-current=\"step\">"
                        + "<span class=\"card-timeline-label\">Printed</span>"
                        + "<span class=\"card-timeline-when\">Now</span></li>")
                .contains("<li class=\"card-timeline-to-come\"><span class=\"card-timeline-label\">Collected</span>"
                        + "<span class=\"card-timeline-when\">Not yet</span></li>");
        assertThat(html.split("aria-current", -1)).hasSize(2);
        assertThat(html).contains("2 Nov 2026, 09:30");
    }

    @Test
    void textGoesInEscaped() {
        String html =
                CardTimeline.markup(List.of(new TimelineStep("<b>Asked</b> & sent", null, TimelineStep.State.TO_COME)));

        assertThat(html).contains("&lt;b&gt;Asked&lt;/b&gt; &amp; sent").doesNotContain("<b>");
    }
}
