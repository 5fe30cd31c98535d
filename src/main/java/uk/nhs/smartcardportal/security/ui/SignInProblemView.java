package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.nhs.smartcardportal.base.PortalProperties;

/** Where a sign-in that cannot start or did not finish ends: what happened and what to do, never a stack trace. */
@Route(value = SignInProblemView.ROUTE, autoLayout = false)
@PageTitle("Sign-in problem · Smartcard Portal")
@AnonymousAllowed
public class SignInProblemView extends Main implements BeforeEnterObserver {

    public static final String ROUTE = "sign-in-problem";
    /** The query parameter saying the sign-in provider is not answering. */
    public static final String UNAVAILABLE = "unavailable";

    private final H1 title = new H1();
    private final Paragraph explanation = new Paragraph();

    SignInProblemView(PortalProperties portal) {
        addClassNames("portal-page", "portal-standalone");
        Anchor again = new Anchor("/", "Try signing in again");
        again.setId("try-again");
        again.setRouterIgnore(true);
        add(
                title,
                explanation,
                new Paragraph("If it keeps happening, contact the " + portal.supportTeam() + " at "
                        + portal.supportEmail() + "."),
                again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(UNAVAILABLE)) {
            title.setText("Sign-in is not available just now");
            explanation.setText("The sign-in service the portal uses is not answering, so nobody can sign in at "
                    + "the moment. Nothing is lost. Please try again in a few minutes.");
        } else {
            title.setText("We could not sign you in");
            explanation.setText("Signing in did not finish. This can happen when the sign-in page was open for a "
                    + "long time or in another tab. Please try again.");
        }
    }
}
