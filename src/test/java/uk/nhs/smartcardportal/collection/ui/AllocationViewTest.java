package uk.nhs.smartcardportal.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.collection.AllocationSuggestion;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;
import uk.nhs.smartcardportal.sites.Site;

class AllocationViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SessionSchedulingService scheduling;

    @Test
    @SuppressWarnings("unchecked")
    void workforceBooksTheSuggestedPlanLeavingOneCardForLater() {
        TestHospitals.Hospital hospital = hospitals.open("Allocation View");
        String siteName = hospital.name();
        long sessionId = hospitals.session(
                hospital, "Room B", LocalDate.now().plusDays(5), LocalTime.of(10, 0), LocalTime.of(11, 0), 5);
        CardFixtures.Starter first = fixtures.cardInStore("Nan", "Shepherd", siteName);
        CardFixtures.Starter second = fixtures.cardInStore("Isabella", "Bird", siteName);
        signInAs(DemoUsers.ADMIN);

        navigate(AllocationView.class);
        Select<Site> site = find(Select.class).withLabel("Collection site").single();
        test(site).selectItem(siteName);
        Grid<AllocationSuggestion> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        ComboBox<SessionRow> secondChoice = (ComboBox<SessionRow>) test(grid).getCellComponent(1, "session");
        assertThat(secondChoice.getAriaLabel()).hasValue("Session for Isabella Bird");
        assertThat(secondChoice.getValue().id()).isEqualTo(sessionId);
        assertThat(test(secondChoice).getSuggestionItems())
                .extracting(SessionRow::id)
                .containsExactly(sessionId);
        secondChoice.clear();
        test(find(Button.class).withText("Book 1 card").single()).click();

        assertThat(fixtures.card(first.cardId()).getSession().getId()).isEqualTo(sessionId);
        assertThat(fixtures.card(second.cardId()).getStatus()).isEqualTo(CardStatus.IN_STORE);
        assertThat(test(grid).size()).isEqualTo(1);
        secondChoice = (ComboBox<SessionRow>) test(grid).getCellComponent(0, "session");
        assertThat(secondChoice.getAriaLabel()).hasValue("Session for Isabella Bird");
        assertThat(secondChoice.getValue().id()).isEqualTo(sessionId);
        test(find(Button.class).withText("Book 1 card").single()).click();

        assertThat(fixtures.card(second.cardId()).getStatus()).isEqualTo(CardStatus.ALLOCATED);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void aManagerCannotBookCards() {
        signInAs(DemoUsers.MANAGER);
        navigate("allocate", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
