package uk.nhs.smartcardportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.home.ui.NotFoundView;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.staff.StaffSummary;

class PeopleViewTest extends ViewTest {

    @Autowired
    RoleGrantService roleGrants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.nhs.smartcardportal.cards.CardFixtures fixtures;

    @SuppressWarnings("unchecked")
    private Grid<StaffSummary> grid() {
        return find(Grid.class).single();
    }

    @Test
    void workforceFindsAPersonAndGrantsThenWithdrawsARole() {
        signInAs(DemoUsers.ADMIN);
        navigate(PeopleView.class);

        test(find(TextField.class).withLabel("Find a person").single()).setValue("E100024");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).fullName()).isEqualTo("Yusuf Ahmed");
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo(DemoUsers.ROYAL);

        test(grid()).select(0);
        long yusuf = test(grid()).getRow(0).id();
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactly("Staff: Staff record. Everyone with a staff record.");

        test(find(Select.class).withLabel("Role").single()).selectItem("Recruitment");
        test(find(DatePicker.class).withLabel("Until").single())
                .setValue(LocalDate.now().plusMonths(2));
        test(find(TextField.class).withLabel("Why they need it").single()).setValue("Covering the print queue");
        test(find(Button.class).withText("Grant role").single()).click();

        assertThat(roleGrants.grantedRoles(yusuf)).containsExactly(Role.RECRUITMENT);
        assertThat(test(find(Notification.class).last()).getText())
                .startsWith("Granted Recruitment to Yusuf Ahmed until ");
        assertThat(find(ListItem.class).all())
                .extracting(ListItem::getText)
                .anySatisfy(item -> assertThat(item)
                        .startsWith("Recruitment: Granted in the portal. By " + DemoUsers.ADMIN.fullName())
                        .contains("Covering the print queue"));

        test(find(Button.class).withText("Withdraw Recruitment").single()).click();
        assertThat(roleGrants.grantedRoles(yusuf)).isEmpty();
        assertThat(find(Button.class).withText("Withdraw Recruitment").all()).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE entity_type = 'Staff' AND entity_id = ? "
                                + "AND action LIKE 'ROLE!_%' ESCAPE '!' ORDER BY id",
                        String.class, Long.toString(yusuf)))
                .containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
    }

    @Test
    void aGrantWithoutAReasonIsRefusedOnItsFieldAndGrantsNothing() {
        signInAs(DemoUsers.ADMIN);
        navigate(PeopleView.class);
        test(find(TextField.class).withLabel("Find a person").single()).setValue("E100024");
        test(grid()).select(0);
        long yusuf = test(grid()).getRow(0).id();

        test(find(DatePicker.class).withLabel("Until").single())
                .setValue(LocalDate.now().plusMonths(2));
        test(find(Button.class).withText("Grant role").single()).click();

        TextField why = find(TextField.class).withLabel("Why they need it").single();
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("Say why the person needs this role.");
        assertThat(roleGrants.grantedRoles(yusuf)).isEmpty();
    }

    @Test
    void workforceIsToldTheyCannotGrantThemselvesARole() {
        signInAs(DemoUsers.ADMIN);
        navigate(PeopleView.class);
        test(find(TextField.class).withLabel("Find a person").single()).setValue(DemoUsers.ADMIN.employeeNumber());
        test(grid()).select(0);

        assertThat(find(Button.class).withText("Grant role").all()).isEmpty();
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("You cannot grant a role to yourself. Ask another member of the Workforce Systems Team.");
    }

    @Test
    void workforceUnlinksASignInFromARecord() {
        uk.nhs.smartcardportal.staff.Staff person = fixtures.newPerson("Ula", "Linked");
        jdbc.update("update staff set idp_subject = ? where id = ?", "ula-" + person.getId(), person.getId());
        signInAs(DemoUsers.ADMIN);
        navigate(PeopleView.class);
        test(find(TextField.class).withLabel("Find a person").single()).setValue(person.getEmployeeNumber());
        test(grid()).select(0);

        test(find(Button.class).withText("Unlink sign-in").single()).click();

        assertThat(jdbc.queryForObject("select idp_subject from staff where id = ?", String.class, person.getId()))
                .isNull();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Unlinked the sign-in from Ula Linked's record.");
        assertThat(find(Button.class).withText("Unlink sign-in").all()).isEmpty();
    }

    @Test
    void searchMatchesNamesAndTreatsWildcardsAsText() {
        signInAs(DemoUsers.ADMIN);
        navigate(PeopleView.class);
        TextField search = find(TextField.class).withLabel("Find a person").single();

        test(search).setValue("o'brien");
        assertThat(test(grid()).size()).isEqualTo(1);
        test(search).setValue("zofia nowak");
        assertThat(test(grid()).size()).isEqualTo(1);
        test(search).setValue("%");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void managersCannotOpenIt() {
        signInAs(DemoUsers.MANAGER);
        navigate("people", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
