package uk.nhs.smartcardportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
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
        test(find(Checkbox.class).withLabel("Recruitment").single()).click();

        assertThat(roleGrants.grantedRoles(yusuf)).containsExactly(Role.RECRUITMENT);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Granted Recruitment to Yusuf Ahmed. It takes effect when they next sign in.");

        test(find(Checkbox.class).withLabel("Recruitment").single()).click();
        assertThat(roleGrants.grantedRoles(yusuf)).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE entity_type = 'Staff' AND entity_id = ? "
                                + "AND action LIKE 'ROLE!_%' ESCAPE '!' ORDER BY id",
                        String.class, Long.toString(yusuf)))
                .containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
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
