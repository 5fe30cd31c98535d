package uk.nhs.smartcardportal.cards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.ui.NotFoundView;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardHandlingService;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteKind;
import uk.nhs.smartcardportal.sites.SiteRepository;

class HandOverDeskViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;
    @Autowired
    SiteRepository sites;
    @Autowired
    SessionSchedulingService scheduling;
    @Autowired
    CardHandlingService handling;

    private long sessionId;
    private CardFixtures.Starter starter;

    @BeforeEach
    void aSessionWithOneCard() {
        String siteName = "Desk View Hospital " + System.nanoTime() % 1_000_000;
        long siteId = sites.save(new Site(siteName, SiteKind.HOSPITAL, "4 Test Road", null)).getId();
        signInAs(DemoUsers.ADMIN);
        sessionId = scheduling.schedule(new SessionDraft(siteId, "Room D", LocalDate.now().plusDays(1),
                LocalTime.of(10, 0), LocalTime.of(11, 0), 5, null, null));
        starter = fixtures.cardInStore("Gwladys", "Street", siteName);
        signInAs(DemoUsers.ADMIN);
        handling.allocate(starter.cardId(), fixtures.version(starter.cardId()), sessionId);
    }

    @Test
    void theRunSheetListsTheCardAndTakesItToTheSession() {
        navigate("sessions/" + sessionId + "/run-sheet", RunSheetView.class);

        assertThat(find(NativeTableRow.class).all()).hasSize(2);
        test(find(Button.class).withText("Taken to session").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.AT_SESSION);
        assertThat(find(Button.class).withText("Taken to session").single().isEnabled()).isFalse();
    }

    @Test
    void theDeskFindsThePersonAndHandsTheCardOverInOnePress() {
        navigate("sessions/" + sessionId + "/run-sheet", RunSheetView.class);
        test(find(Button.class).withText("Taken to session").single()).click();
        String serial = fixtures.card(starter.cardId()).getSerial();

        navigate("desk/" + sessionId, HandOverDeskView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Collected 0 of 1");
        test(find(TextField.class).withLabel("Find the person").single()).setValue(serial.substring(4));
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Gwladys Street");
        test(find(Button.class).withText("Photo driving licence seen: hand over").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.COLLECTED);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Collected 1 of 1");
    }

    @Test
    void anUnknownSessionIsNotFound() {
        navigate("desk/999999999", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
