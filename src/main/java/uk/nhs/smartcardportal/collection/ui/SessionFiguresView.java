package uk.nhs.smartcardportal.collection.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.collection.SessionFiguresService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;

/** How collection sessions went: places booked per site and week, and each session's collections. */
@Route("session-figures")
@PageTitle("Session figures · Smartcard Portal")
@InMenuGroup(MenuGroup.SESSIONS)
@Menu(title = "Session figures", order = 45.5, icon = "vaadin:dashboard")
@RolesAllowed(Roles.WORKFORCE)
class SessionFiguresView extends Main {

    SessionFiguresView(SessionFiguresService figures, SiteService sites, Clock clock) {
        addClassName("portal-page");
        Select<Site> site = new Select<>();
        site.setLabel("Site");
        site.setItems(sites.activeCollectionSites());
        site.setItemLabelGenerator(value -> value == null ? "Every site" : value.getName());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Every site");
        SessionFiguresPanel panel = new SessionFiguresPanel(
                figures, () -> site.getValue() == null ? null : site.getValue().getId(), LocalDate.now(clock));
        site.addValueChangeListener(event -> panel.refresh());
        add(
                new H1("Session figures"),
                new Paragraph("How full the collection sessions were, and how many cards " + "were collected at each."),
                site,
                panel);
        panel.show();
    }
}
