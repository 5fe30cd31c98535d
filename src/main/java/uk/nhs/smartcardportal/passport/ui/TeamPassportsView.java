package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.passport.PassportService;

/** A manager's team and whether each person can use a staff passport, with what stands in the way. */
@Route("team-passports")
@PageTitle("Team staff passports · Smartcard Portal")
@Menu(title = "Team staff passports", order = 22, icon = "vaadin:clipboard-user")
@RolesAllowed(Roles.MANAGER)
class TeamPassportsView extends Main {

    TeamPassportsView(PassportService passports) {
        addClassName("portal-page");
        PassportGrid list = new PassportGrid(
                passports::team,
                passports::countTeam,
                "See checks",
                row -> Feedback.attempt(
                        () -> PassportGrid.showInDialog(row.name(), passports.teamMember(row.staffId())), null));
        list.grid.setAriaLabel("My team's staff passports");
        add(
                new H1("Team staff passports"),
                new Paragraph("Whether each person in your team can work at a partner "
                        + "organisation without repeating their checks. "
                        + PassportGrid.counts(passports.teamOutcomes())
                        + "."),
                list.filters(),
                list.grid);
    }
}
