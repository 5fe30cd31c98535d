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

/** Shown to a leaver who signs in: their staff record has ended, so the portal no longer acts for them. */
@Route(value = RecordEndedView.ROUTE, autoLayout = false)
@PageTitle("Your staff record has ended · Smartcard Portal")
@PermitAll
class RecordEndedView extends Main {

    public static final String ROUTE = "record-ended";

    RecordEndedView(PortalProperties portal, AuthenticationContext authentication) {
        addClassNames("portal-page", "portal-standalone");
        add(new H1("Your staff record has ended"));
        add(new Paragraph("The staff list shows that you have left the trust, so you can no longer use the "
                + "Smartcard Portal here. If you are moving to another NHS organisation, your smartcard goes with you: "
                + "that organisation's registration authority takes it from here."));
        Paragraph contact = new Paragraph(
                "If you still work here, or have a card to return, contact the " + portal.supportTeam() + " at ");
        contact.add(new Anchor("mailto:" + portal.supportEmail(), portal.supportEmail()));
        contact.add(".");
        add(contact);
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.setId("sign-out");
        add(signOut);
    }
}
