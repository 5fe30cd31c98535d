package uk.nhs.smartcardportal.leavers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.CardStatus;
import uk.nhs.smartcardportal.cards.CardToRecover;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.Staff;

class LeaverViewsTest extends ViewTest {

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> wanted) {
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.test(rows.getRow(i))) {
                return i;
            }
        }
        throw new AssertionError("No such row");
    }

    private static Button button(HorizontalLayout actions, String text) {
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void workforceRecordsTheLeavingDateOfSomeoneTheStaffListLeftOut() {
        Staff person = fixtures.newPerson("Rhian", "Absent");
        jdbc.update("update staff set missing_from_staff_list_since = ? where id = ?", LocalDate.now(), person.getId());
        try {
            signInAs(DemoUsers.ADMIN);
            navigate(NotOnStaffListView.class);
            Grid<Staff> grid = find(Grid.class).single();
            int row = rowOf(grid, staff -> staff.getId().equals(person.getId()));
            HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 4);
            test(button(actions, "Record leaving date")).click();

            Dialog dialog = find(Dialog.class).single();
            LocalDate leaving = LocalDate.now().plusDays(7);
            test(find(DatePicker.class).withLabel("Leaving date").single()).setValue(leaving);
            test(find(Button.class).withText("Record leaving date").from(dialog).single())
                    .click();

            Staff held = staffRepository.findById(person.getId()).orElseThrow();
            assertThat(held.getLeavingDate()).isEqualTo(leaving);
            assertThat(held.getMissingFromStaffListSince()).isNull();
            assertThat(find(Dialog.class).exists()).isFalse();
        } finally {
            jdbc.update("update staff set missing_from_staff_list_since = null where id = ?", person.getId());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void workforceRecordsACardComingBackFromALeaver() {
        CardFixtures.Starter leaver = fixtures.cardAllocated("Siôn", "Returner", DemoUsers.AINTREE);
        fixtures.finish(leaver.cardId(), CardStatus.AT_SESSION, "To the session");
        fixtures.finish(leaver.cardId(), CardStatus.COLLECTED, "Handed over");
        jdbc.update("update smartcard set leaver_outcome = 'TO_BE_RETURNED' where id = ?", leaver.cardId());

        signInAs(DemoUsers.ADMIN);
        navigate(CardsToRecoverView.class);
        Grid<CardToRecover> grid = find(Grid.class).single();
        int row = rowOf(grid, card -> card.cardId().equals(leaver.cardId()));
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(row, 5);
        test(button(actions, "Returned")).click();
        test(find(Button.class).withText("Returned and destroyed").single()).click();

        assertThat(fixtures.card(leaver.cardId()).getStatus()).isEqualTo(CardStatus.DESTROYED);
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.getRow(i).cardId()).isNotEqualTo(leaver.cardId());
        }
    }
}
