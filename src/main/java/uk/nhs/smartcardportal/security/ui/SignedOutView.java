package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where sign-out ends, so that signing out does not bounce straight back into sign-in. */
@Route(value = SignedOutView.ROUTE, autoLayout = false)
@PageTitle("Signed out · Smartcard Portal")
@AnonymousAllowed
class SignedOutView extends Main {

    public static final String ROUTE = "signed-out";

    SignedOutView() {
        addClassNames("portal-page", "portal-standalone");
        add(new H1("You have signed out"));
        add(new Paragraph("Close the browser window if you are on a shared computer."));
        Anchor signIn = new Anchor("/", "Sign in again");
        signIn.setId("sign-in-again");
        signIn.setRouterIgnore(true);
        add(signIn);
    }
}
