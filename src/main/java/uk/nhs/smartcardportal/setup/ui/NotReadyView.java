package uk.nhs.smartcardportal.setup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.smartcardportal.base.PortalProperties;

/** What someone who signs in before the Workforce Systems Team has set the portal up sees instead of an error. */
@Route(value = "not-ready", autoLayout = false)
@PageTitle("Not ready yet · Smartcard Portal")
@PermitAll
class NotReadyView extends Main {

    NotReadyView(PortalProperties portal) {
        addClassNames("portal-page", "portal-standalone");
        add(new H1("The Smartcard Portal is not ready yet"));
        add(new Paragraph("The " + portal.supportTeam() + " is still setting it up. Please come back in a few days: "
                + "nothing about your card is lost in the meantime."));
        Paragraph contact =
                new Paragraph("If you need your Smartcard sooner, contact the " + portal.supportTeam() + " at ");
        contact.add(new Anchor("mailto:" + portal.supportEmail(), portal.supportEmail()));
        if (!portal.supportPhone().isBlank()) {
            contact.add(" or call " + portal.supportPhone());
        }
        contact.add(".");
        add(contact);
    }
}
