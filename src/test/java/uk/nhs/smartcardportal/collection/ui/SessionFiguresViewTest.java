package uk.nhs.smartcardportal.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.collection.SessionOutcome;
import uk.nhs.smartcardportal.collection.SiteWeekUtilisation;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;

/** The figures of the sessions: each session's bookings, and places booked per site and week. */
class SessionFiguresViewTest extends ViewTest {

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CardFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void theFiguresShowEachSessionAndTheWeeksUtilisation() {
        String room = "Figures Room " + System.nanoTime() % 1_000_000;
        signInAs(DemoUsers.ADMIN);
        scheduling.schedule(new SessionDraft(
                fixtures.siteId(DemoUsers.BROADGREEN),
                room,
                LocalDate.now().plusDays(10),
                LocalTime.of(13, 0),
                LocalTime.of(14, 0),
                4,
                null,
                null));
        navigate(SessionFiguresView.class);

        Grid<SessionOutcome> outcomes = (Grid<SessionOutcome>) find(Grid.class).all().stream()
                .filter(grid ->
                        "Each session's figures".equals(grid.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(outcomes.getGenericDataView()
                        .getItems()
                        .filter(outcome -> outcome.session().room().equals(room)))
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.allocated()).isZero());
        Grid<SiteWeekUtilisation> weeks = (Grid<SiteWeekUtilisation>) find(Grid.class).all().stream()
                .filter(grid -> "Utilisation by site and week"
                        .equals(grid.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        assertThat(weeks.getGenericDataView()
                        .getItems()
                        .filter(week -> week.siteName().equals(DemoUsers.BROADGREEN)))
                .isNotEmpty()
                .allSatisfy(week -> assertThat(week.capacity()).isGreaterThanOrEqualTo(week.booked()));
    }

    @Test
    void recruitmentCannotOpenTheFigures() {
        signInAs(DemoUsers.RECRUITER);
        navigate("session-figures", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
