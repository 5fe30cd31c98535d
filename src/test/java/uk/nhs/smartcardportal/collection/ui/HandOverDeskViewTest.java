package uk.nhs.smartcardportal.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardBookingService;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.collection.IdentityDocument;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.sessions.TestHospitals;

class HandOverDeskViewTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    TestHospitals hospitals;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    CardBookingService bookings;

    private long sessionId;
    private CardFixtures.Starter starter;

    @BeforeEach
    void aSessionWithOneCard() {
        TestHospitals.Hospital hospital = hospitals.open("Desk View");
        sessionId = hospitals.session(
                hospital, "Room D", LocalDate.now().plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0), 5);
        starter = fixtures.cardInStore("Gwladys", "Street", hospital.name());
        signInAs(DemoUsers.ADMIN);
        bookings.allocate(starter.cardId(), fixtures.version(starter.cardId()), sessionId);
    }

    @Test
    void theRunSheetListsTheCardAndTakesItToTheSession() {
        navigate("sessions/" + sessionId + "/run-sheet", RunSheetView.class);

        assertThat(find(NativeTableRow.class).all()).hasSize(2);
        test(find(Button.class).withText("Taken to session").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.AT_SESSION);
        assertThat(find(Button.class).withText("Taken to session").single().isEnabled())
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeskChecksIdentityToTheStandardShowingEveryProblemOnItsFieldThenHandsTheCardOver() {
        navigate("sessions/" + sessionId + "/run-sheet", RunSheetView.class);
        test(find(Button.class).withText("Taken to session").single()).click();
        String serial = fixtures.card(starter.cardId()).getSerial();

        navigate("desk/" + sessionId, HandOverDeskView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Collected 0 of 1");
        test(find(TextField.class).withLabel("Find the person").single()).setValue(serial.substring(4));
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("Gwladys Street");
        CheckboxGroup<IdentityDocument> photo =
                find(CheckboxGroup.class).withLabel("Photo identity seen").single();
        CheckboxGroup<IdentityDocument> address =
                find(CheckboxGroup.class).withLabel("Proof of address seen").single();
        TextField early = find(TextField.class)
                .withLabel("Why hand it over before the session?")
                .single();
        assertThat(early.isVisible()).as("the session is tomorrow").isTrue();

        test(find(Button.class).withText("Hand over the card").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.AT_SESSION);
        assertThat(List.<com.vaadin.flow.component.HasValidation>of(photo, address, early))
                .as("every problem at once, each on its field")
                .allSatisfy(field -> assertThat(field.isInvalid()).isTrue());
        assertThat(photo.getErrorMessage())
                .startsWith("Check at least one original document with the person's " + "photo");
        assertThat(find(Notification.class).all())
                .as("no toast for problems shown on their fields")
                .noneMatch(notification -> notification.getThemeNames().contains("error") && notification.isOpened());

        photo.setValue(java.util.Set.of(IdentityDocument.PASSPORT));
        address.setValue(java.util.Set.of(IdentityDocument.BANK_STATEMENT));
        test(early).setValue("Starts on the ward before the session");
        test(find(Button.class).withText("Hand over the card").single()).click();

        assertThat(fixtures.card(starter.cardId()).getStatus()).isEqualTo(CardStatus.COLLECTED);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Collected 1 of 1");

        navigate("sessions/" + sessionId + "/run-sheet", RunSheetView.class);
        assertThat(find(NativeTableRow.class).all())
                .as("the handed-over card stays on the run sheet")
                .hasSize(2);
        assertThat(find(NativeTableRow.class).all().get(1).getElement().getTextRecursively())
                .contains("Collected", "by " + DemoUsers.ADMIN.fullName());
    }

    @Test
    void searchingForSomeoneBookedElsewhereSaysWhere() {
        CardFixtures.Starter other = fixtures.cardAllocated("Elsewhere", "Booked", DemoUsers.AINTREE);
        signInAs(DemoUsers.ADMIN);
        navigate("desk/" + sessionId, HandOverDeskView.class);

        test(find(TextField.class).withLabel("Find the person").single()).setValue("elsewhere booked");

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("No card at this session matches. Check the spelling, or try the card number.")
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Elsewhere Booked (card "
                                + fixtures.card(other.cardId()).getSerial()
                                + ") is not booked onto this session: their card "
                                + "is booked onto ")
                        .endsWith(DemoUsers.AINTREE + "."));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        navigate("desk/999999999", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
