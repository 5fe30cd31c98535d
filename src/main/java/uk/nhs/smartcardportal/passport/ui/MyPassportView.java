package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.passport.PassportService;

/** Can I work at a partner organisation without repeating my checks? The answer first, then the checklist. */
@Route("passport")
@PageTitle("My staff passport · Smartcard Portal")
@Menu(title = "My staff passport", order = 12, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.STAFF)
class MyPassportView extends Main {

    MyPassportView(PassportService passports) {
        addClassNames("portal-page", "my-passport");
        add(new H1("My staff passport"), new PassportAnswer(passports.myPassport(), true));
    }
}
