package uk.nhs.smartcardportal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;

class MainLayoutViewTest extends ViewTest {

    @org.springframework.beans.factory.annotation.Autowired
    uk.nhs.smartcardportal.cards.CardFixtures fixtures;

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aStarterSeesOnlyWhatAStarterMayOpen() {
        signInAs(DemoUsers.STARTER);
        navigate(HomeView.class);

        assertThat(menu()).contains("Home").doesNotContain("Audit trail", "People and roles");
        assertThat($(H1.class).single().getText()).endsWith(", Amira Khan");
        assertThat(userBox()).contains("<div class=\"portal-user-roles\">Staff</div>");
    }

    @Test
    void workforceSeesTheAdminPagesAndItsRolesInTheUserBox() {
        signInAs(DemoUsers.ADMIN);
        navigate(HomeView.class);

        assertThat(menu()).contains("Home", "People and roles", "Audit trail");
        assertThat(userBox())
                .contains("<div class=\"portal-user-name\">Dave Jones</div>")
                .contains("<div class=\"portal-user-roles\">Staff, Workforce Systems</div>");
    }

    /** The name and roles, drawn as escaped markup in the user box. */
    private String userBox() {
        return find(com.vaadin.flow.component.html.Footer.class)
                .single()
                .getChildren()
                .map(child -> child.getElement().getProperty("innerHTML", ""))
                .collect(java.util.stream.Collectors.joining());
    }

    private List<String> sections() {
        return find(com.vaadin.flow.component.sidenav.SideNav.class).all().stream()
                .filter(nav -> nav.hasClassName("portal-menu-group"))
                .map(nav -> nav.getLabel())
                .toList();
    }

    @Test
    void theMenuIsGroupedByTaskAndShowsOnlyTheGroupsThePersonWorksIn() {
        signInAs(DemoUsers.ADMIN);
        navigate(uk.nhs.smartcardportal.cards.custody.ui.CardsNavigationForTests.receiveCards());
        assertThat(sections()).containsExactly("Cards", "Sessions", "Stock", "Staff passport", "People and settings");
        var cards = find(com.vaadin.flow.component.sidenav.SideNav.class).all().stream()
                .filter(nav -> "Cards".equals(nav.getLabel()))
                .findFirst()
                .orElseThrow();
        assertThat(cards.getItems())
                .extracting(SideNavItem::getLabel)
                .contains("Print queue", "Receive printed cards", "Cards in custody", "Where is a card?");
        assertThat(cards.isExpanded())
                .as("the group of the page open now is open")
                .isTrue();

        signInAs(DemoUsers.RECRUITER);
        navigate(HomeView.class);
        assertThat(sections()).containsExactly("Cards");

        signInAs(DemoUsers.STARTER);
        navigate(HomeView.class);
        assertThat(sections()).isEmpty();
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
    void aManagerOrWorkforceMemberWithNoCardIsNotAskedWhetherTheirRoleNeedsOne() {
        signInAs(DemoUsers.TEAM_LEAD);
        HomeView home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively()).doesNotContain("whether your role needs a Smartcard");
        assertThat(find(com.vaadin.flow.component.html.Section.class).all())
                .noneMatch(section -> section.hasClassName("home-card-summary"));

        uk.nhs.smartcardportal.staff.Staff starter = fixtures.newPerson("Unknown", "Need");
        signInAs(starter.getId(), starter.getFullName(), EnumSet.of(Role.STAFF));
        home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively())
                .contains("We do not know yet whether your role needs a Smartcard");
    }
}
