package uk.nhs.smartcardportal.sessions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.base.ui.ViewSwitcher;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.sessions.CollectionSessionRepository;
import uk.nhs.smartcardportal.sessions.SessionRow;
import uk.nhs.smartcardportal.sessions.SessionStatus;
import uk.nhs.smartcardportal.sites.Site;

class SessionsViewTest extends ViewTest {

    private static final int ACTIONS = 6;

    @Autowired
    CollectionSessionRepository sessions;

    private String room;
    private final LocalDate inTenDays = LocalDate.now().plusDays(10);

    @Autowired
    uk.nhs.smartcardportal.sites.SiteService siteService;

    @BeforeEach
    void openSessions() {
        room = "View Room " + System.nanoTime() % 1_000_000;
        signInAs(DemoUsers.ADMIN);
        navigate(SessionsView.class);
    }

    @SuppressWarnings("unchecked")
    private void fillForm(LocalDate date, String start, String end, int capacity) {
        // The dialog's site field comes after the list's site filter.
        Select<Site> site = find(Select.class).withLabel("Site").all().getLast();
        test(site).selectItem(DemoUsers.BROADGREEN);
        test(find(TextField.class).withLabel("Room").single()).setValue(room);
        find(DatePicker.class).all().stream()
                .filter(picker ->
                        picker.getLabel().equals("Date") || picker.getLabel().equals("First date"))
                .findFirst()
                .orElseThrow()
                .setValue(date);
        find(TimePicker.class).withLabel("Starts").single().setValue(LocalTime.parse(start));
        find(TimePicker.class).withLabel("Ends").single().setValue(LocalTime.parse(end));
        test(find(IntegerField.class).withLabel("Capacity (cards)").single()).setValue(capacity);
    }

    @SuppressWarnings("unchecked")
    private List<SessionRow> listed() {
        Grid<SessionRow> grid = (Grid<SessionRow>) find(Grid.class).all().stream()
                .filter(candidate ->
                        "Collection sessions".equals(candidate.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        return grid.getGenericDataView()
                .getItems()
                .filter(row -> row.room().equals(room))
                .toList();
    }

    @Test
    void workforceSchedulesASessionAndSeesItListed() {
        test(find(Button.class).withText("New session").single()).click();
        fillForm(inTenDays, "10:00", "12:00", 12);
        test(find(Button.class).withText("Schedule session").single()).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(listed()).singleElement().satisfies(row -> {
            assertThat(row.siteName()).isEqualTo(DemoUsers.BROADGREEN);
            assertThat(row.capacity()).isEqualTo(12);
            assertThat(row.booked()).isZero();
        });
    }

    @Test
    void aSessionEndingBeforeItStartsIsRefusedAndNothingIsSaved() {
        long before = sessions.count();
        test(find(Button.class).withText("New session").single()).click();
        fillForm(inTenDays, "12:00", "11:00", 5);
        test(find(Button.class).withText("Schedule session").single()).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(sessions.count()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyProblemIsShownOnItsOwnFieldAtOnce() {
        test(find(Button.class).withText("New session").single()).click();
        test(find(TextField.class).withLabel("Room").single()).setValue("R".repeat(121));
        test(find(Button.class).withText("Schedule session").single()).click();

        Select<Site> site = find(Select.class).withLabel("Site").all().getLast();
        TextField roomField = find(TextField.class).withLabel("Room").single();
        DatePicker date = find(DatePicker.class).withLabel("Date").single();
        assertThat(site.isInvalid()).isTrue();
        assertThat(site.getErrorMessage()).isEqualTo("Choose the site.");
        assertThat(roomField.isInvalid()).isTrue();
        assertThat(roomField.getErrorMessage()).isEqualTo("The room can be at most 120 characters: this has 121.");
        assertThat(roomField.getValue()).as("kept as typed").hasSize(121);
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Give the date.");
        assertThat(find(Dialog.class).exists()).isTrue();
    }

    @Test
    void aSeriesLeavesOutTheWeeksUnticked() {
        test(find(Button.class).withText("New weekly series").single()).click();
        fillForm(inTenDays, "14:00", "15:00", 6);
        test(find(IntegerField.class).withLabel("Number of weeks").single()).setValue(3);
        List<Checkbox> weeks = find(Checkbox.class).all().stream()
                .filter(box -> box.getParent()
                        .map(parent -> parent.hasClassName("series-week"))
                        .orElse(false))
                .toList();
        assertThat(weeks).hasSize(3);
        test(weeks.get(1)).click();
        test(find(Button.class).withText("Schedule series").single()).click();

        assertThat(listed())
                .extracting(row -> row.startsAt()
                        .atZone(uk.nhs.smartcardportal.base.UkTime.ZONE)
                        .toLocalDate())
                .containsExactly(inTenDays, inTenDays.plusWeeks(2));
    }

    @Test
    void aSessionIsCancelledWithAReason() {
        test(find(Button.class).withText("New session").single()).click();
        fillForm(inTenDays, "09:00", "09:30", 4);
        test(find(Button.class).withText("Schedule session").single()).click();
        @SuppressWarnings("unchecked")
        Grid<SessionRow> grid = (Grid<SessionRow>) find(Grid.class).all().stream()
                .filter(candidate ->
                        "Collection sessions".equals(candidate.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow();
        List<SessionRow> rows = grid.getGenericDataView().getItems().toList();
        int index = rows.indexOf(
                rows.stream().filter(row -> row.room().equals(room)).findFirst().orElseThrow());

        test(grid).invokeLitRendererFunction(index, ACTIONS, "cancel");
        test(find(TextArea.class).withLabel("Reason").single()).setValue("Facilitator off sick");
        test(find(Button.class).withText("Cancel session").single()).click();

        assertThat(sessions.findAll().stream()
                        .filter(session -> session.getRoom().equals(room))
                        .map(session -> session.getStatus()))
                .containsExactly(SessionStatus.CANCELLED);
    }

    @Test
    void theWeekShowsEachSessionAndOpensItForChanges() {
        test(find(Button.class).withText("New session").single()).click();
        fillForm(LocalDate.now().plusDays(1), "16:00", "17:00", 3);
        test(find(Button.class).withText("Schedule session").single()).click();

        ViewSwitcher tabs = find(ViewSwitcher.class).single();
        String weekBeforeShown = tabs.getPanel(1).getElement().getOuterHTML();
        assertThat(weekBeforeShown).as("a tab not opened has loaded nothing").doesNotContain("calendar-session");
        tabs.setSelectedIndex(1);
        List<Button> entries = find(Button.class).all().stream()
                .filter(button -> button.hasClassName("calendar-session")
                        && button.getText().contains(room))
                .toList();
        assertThat(entries).isNotEmpty();
        assertThat(entries.getFirst().getText())
                .startsWith("16:00–17:00 " + DemoUsers.BROADGREEN + ", " + room)
                .endsWith("0 of 3 booked");
        test(entries.getFirst()).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Change session");
    }

    @Test
    void recruitmentCannotOpenSessions() {
        signInAs(DemoUsers.RECRUITER);
        navigate("sessions", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSessionFormOffersTheSitesRoomsAndStillTakesAnother() {
        String name = "Rooms Hospital " + System.nanoTime() % 1_000_000;
        siteService.create(new uk.nhs.smartcardportal.sites.SiteDraft(
                uk.nhs.smartcardportal.sites.SiteKind.HOSPITAL,
                name,
                "1 Room Road",
                null,
                null,
                null,
                "Seminar Room\nBoard Room"));
        navigate(SessionsView.class);
        test(find(Button.class).withText("New session").single()).click();

        Select<Site> site = find(Select.class).withLabel("Site").all().getLast();
        test(site).selectItem(name);
        TextField room = find(TextField.class).withLabel("Room").single();
        Select<String> rooms =
                find(Select.class).withLabel("Rooms at this site").single();

        assertThat(rooms.isVisible()).isTrue();
        assertThat(room.getValue())
                .as("the site's first room, until another is chosen")
                .isEqualTo("Seminar Room");
        test(rooms).selectItem("Board Room");
        assertThat(room.getValue()).isEqualTo("Board Room");
        test(room).setValue("Atrium");
        assertThat(room.getValue()).isEqualTo("Atrium");
    }
}
