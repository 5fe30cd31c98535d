package uk.nhs.smartcardportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.audit.ui.AuditView;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.security.ui.NoStaffRecordView;

class MainLayoutViewTest extends ViewTest {

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aStarterSeesOnlyWhatAStarterMayOpen() {
        signInAs(DemoUsers.STARTER);
        navigate(HomeView.class);

        assertThat(menu()).contains("Home").doesNotContain("Audit trail", "People and roles");
        assertThat($(H1.class).single().getText()).endsWith(", Amira Khan");
        assertThat(find(MainLayout.class).single().getElement().getTextRecursively()).contains("Staff");
    }

    @Test
    void workforceSeesTheAdminPagesAndItsRolesInTheUserBox() {
        signInAs(DemoUsers.ADMIN);
        navigate(HomeView.class);

        assertThat(menu()).contains("Home", "People and roles", "Audit trail");
        String layoutText = find(MainLayout.class).single().getElement().getTextRecursively();
        assertThat(layoutText).contains("Dave Jones").contains("Staff, Workforce Systems");
    }

    @Test
    void theHomePageDescribesEachOfThePersonsRoles() {
        signInAs(DemoUsers.TEAM_LEAD);
        HomeView home = navigate(HomeView.class);

        String text = home.getElement().getTextRecursively();
        assertThat(text).contains("Staff", "Manager", "Workforce Systems").doesNotContain("Work the print queue");
        assertThat(text).contains("Audit trail");
    }

    @Test
    void aPageThePersonMayNotOpenShowsNotFound() {
        signInAs(DemoUsers.STARTER);
        navigate("audit", NotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(find(AuditView.class).exists()).isFalse();
    }

    @Test
    void someoneWithoutAStaffRecordIsSentToThePageThatExplainsIt() {
        SignIn.as(null, "Visiting Locum", EnumSet.noneOf(Role.class));
        navigate("", NoStaffRecordView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("We could not find your staff record");
        assertThat(find(NoStaffRecordView.class).single().getElement().getTextRecursively())
                .contains("Workforce Systems Team", "workforce.systems@nhs.example");
    }
}
