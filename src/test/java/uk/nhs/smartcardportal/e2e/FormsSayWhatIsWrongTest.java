package uk.nhs.smartcardportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * What is typed is kept as typed and refused with a message on the field, never cut to fit; every problem shows at
 * once; a double-click saves once and says nothing is wrong.
 */
class FormsSayWhatIsWrongTest extends BrowserTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    StaffRepository staff;

    @Autowired
    CollectionSessionRepository sessions;

    @Test
    void aThirteenDigitCardNumberIsKeptAsTypedAndRefusedOnItsField() {
        CardFixtures.Starter starter = fixtures.cardRequested("Thirteen", "Digits");
        String number = staff.findById(starter.staffId()).orElseThrow().getEmployeeNumber();
        signInAs(DemoUsers.RECRUITER);
        page.navigate(url("print-queue"));
        page.locator("#print-queue-person input").fill(number);
        Locator row = page.locator("vaadin-grid-cell-content vaadin-checkbox:not(#selectAllCheckbox):visible");
        assertThat(row).hasCount(1);
        row.click();
        button("Record selected as printed").click();

        Locator serial = page.getByLabel("Card number for Thirteen Digits");
        serial.pressSequentially("1234567890123");
        org.assertj.core.api.Assertions.assertThat(serial.inputValue())
                .as("nothing cut off")
                .hasSize(13);
        button("Record as printed").click();

        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("This has 13 digits.");
        org.assertj.core.api.Assertions.assertThat(
                        fixtures.card(starter.cardId()).getStatus())
                .isEqualTo(CardStatus.REQUESTED);
    }

    @Test
    void aLongRoomAndAMissingDateAreBothShownOnTheirFieldsAndNothingIsSaved() {
        String room = "R".repeat(10_000);
        long before = sessions.count();
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("sessions"));
        button("New session").click();
        page.locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select")
                .first()
                .click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(DemoUsers.DENTAL))
                .click();
        room().fill(room);
        org.assertj.core.api.Assertions.assertThat(room().inputValue()).hasSize(10_000);

        button("Schedule session").click();

        assertThat(page.locator("vaadin-text-field[invalid]"))
                .containsText("The room can be at most 120 characters: this has 10,000.");
        assertThat(page.locator("vaadin-date-picker[invalid]")).containsText("Give the date.");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(sessions.count()).isEqualTo(before);
    }

    @Test
    void aDoubleClickSchedulesOnceAndShowsNoError() {
        String room = "Double Click Room " + System.nanoTime() % 100_000;
        signInAs(DemoUsers.ADMIN);
        page.navigate(url("sessions"));
        button("New session").click();
        page.locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select")
                .first()
                .click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(DemoUsers.DENTAL))
                .click();
        room().fill(room);
        page.getByLabel("Date").fill(LocalDate.now().plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByLabel("Date").press("Enter");

        button("Schedule session").dblclick();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("Session scheduled");
        page.waitForTimeout(1000);
        assertThat(page.locator("vaadin-notification-card[theme~=error]")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(sessions.findAll().stream()
                        .filter(session -> session.getRoom().equals(room)))
                .hasSize(1);
    }

    /** The session form's Room field (the sessions list's buttons also name rooms). */
    private Locator room() {
        return page.getByLabel("Room", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true));
    }

    private Locator button(String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text));
    }
}
