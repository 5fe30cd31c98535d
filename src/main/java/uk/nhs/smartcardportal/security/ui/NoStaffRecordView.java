package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.security.CurrentUser;

/** Shown to someone who signed in successfully but whom the portal cannot match to a staff record. */
@Route(value = NoStaffRecordView.ROUTE, autoLayout = false)
@PageTitle("No staff record found · Smartcard Portal")
@PermitAll
class NoStaffRecordView extends Main {

    public static final String ROUTE = "no-staff-record";

    NoStaffRecordView(CurrentUser currentUser, PortalProperties portal, AuthenticationContext authentication) {
        addClassNames("portal-page", "portal-standalone");
        String who = currentUser
                .get()
                .map(user -> user.getEmail() != null ? user.getEmail() : user.displayName())
                .orElse("you");
        add(new H1("We could not find your staff record"));
        add(new Paragraph("You signed in as " + who + ", but the Smartcard Portal has no staff record for that "
                + "account yet. New starters are usually added a few days before their start date."));
        Paragraph contact = new Paragraph("If you think this is wrong, contact the " + portal.supportTeam() + " at ");
        contact.add(new Anchor("mailto:" + portal.supportEmail(), portal.supportEmail()));
        contact.add(" and tell them the e-mail address above.");
        add(contact);
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.setId("sign-out");
        add(signOut);
    }
}
