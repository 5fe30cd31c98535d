package uk.nhs.smartcardportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** A message about a failed try goes away when a later try succeeds, rather than contradicting it. */
class FeedbackViewTest extends ViewTest {

    private List<Notification> openProblems() {
        return find(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .filter(notification -> notification.getThemeNames().contains("error"))
                .toList();
    }

    @Test
    void aSuccessClosesTheProblemOfTheTryBefore() {
        signInAs(DemoUsers.ADMIN);
        UI.getCurrent().navigate("");

        Feedback.attempt(
                () -> {
                    throw new RuleViolationException("That did not work.");
                },
                "Done.");
        assertThat(openProblems()).hasSize(1);

        Feedback.attempt(() -> {}, "Done.");

        assertThat(openProblems()).isEmpty();
    }

    @Test
    void aSecondProblemReplacesTheFirstInsteadOfStacking() {
        signInAs(DemoUsers.ADMIN);
        UI.getCurrent().navigate("");

        Feedback.problem("First.");
        Feedback.problem("Second.");

        assertThat(openProblems()).hasSize(1);
    }
}
