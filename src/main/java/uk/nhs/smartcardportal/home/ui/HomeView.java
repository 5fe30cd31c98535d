package uk.nhs.smartcardportal.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.cards.mine.MyCardOverview;
import uk.nhs.smartcardportal.cards.mine.MyCardService;
import uk.nhs.smartcardportal.cards.mine.ui.MyCardNavigation;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.setup.SetupService;
import uk.nhs.smartcardportal.setup.ui.GettingStarted;

/** Where everyone lands: a greeting, what each of their roles does here, and links to where they work. */
@Route("")
@PageTitle("Home · Smartcard Portal")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main {

    HomeView(
            CurrentUser currentUser,
            MyCardService myCard,
            PortalProperties portal,
            Clock clock,
            SetupService setup,
            MenuEntriesByRoles menuEntries) {
        addClassName("portal-page");
        PortalUser user = currentUser.require();
        add(new H1(greeting(clock) + ", " + user.displayName()));
        if (user.hasRole(Role.WORKFORCE) && GettingStarted.isNeeded(setup)) {
            add(new GettingStarted(setup, portal));
        }
        if (user.hasRole(Role.STAFF)) {
            MyCardOverview card = myCard.overview();
            if (card.concernsThem()) {
                add(cardSummary(card));
            }
        }

        Section roles = new Section(new H2("What you can do here"));
        for (Role role : user.roles()) {
            roles.add(roleCard(role));
        }
        add(roles);

        Section places = new Section(new H2("Go to"));
        Div links = new Div();
        links.addClassName("portal-link-list");
        for (MenuEntry entry : menuEntries.forCurrentUser()) {
            if (!entry.path().isEmpty()) {
                links.add(new RouterLink(entry.title(), entry.menuClass()));
            }
        }
        places.add(links);
        if (links.getComponentCount() > 0) {
            add(places);
        }

        add(new Section(
                new H2("Need help?"),
                new Paragraph("Contact the " + portal.supportTeam() + " at "
                        + portal.supportEmail()
                        + (portal.supportPhone().isBlank() ? "" : " or " + portal.supportPhone())
                        + ".")));
    }

    /** A starter's five-second answer: do I need a card, where is it, when do I collect it. */
    private static Section cardSummary(MyCardOverview card) {
        Section summary = new Section(new H2(card.headline()));
        summary.addClassNames("portal-card", "home-card-summary");
        if (card.hasCard()) {
            summary.add(new Paragraph(card.nextStep()));
        }
        if (card.allocatedSession() != null) {
            summary.add(new Paragraph("Your session: "
                    + UkTime.span(
                            card.allocatedSession().startsAt(),
                            card.allocatedSession().endsAt()) + ", "
                    + card.allocatedSession().room() + ", "
                    + card.allocatedSession().siteName() + "."));
        } else if (card.collectionPlace() != null && card.status().isAwaitingCollection()) {
            summary.add(new Paragraph("Collect it at " + card.collectionPlace().name() + "."));
        }
        summary.add(MyCardNavigation.myCard(
                card.hasCard() ? "See your card and collection sessions" : "What this means for you"));
        return summary;
    }

    private static Div roleCard(Role role) {
        Div card = new Div(new H2(role.label()), new Paragraph(RoleDescriptions.of(role)));
        card.addClassName("portal-card");
        return card;
    }

    private static String greeting(Clock clock) {
        int hour = LocalTime.now(clock).getHour();
        return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
    }
}
