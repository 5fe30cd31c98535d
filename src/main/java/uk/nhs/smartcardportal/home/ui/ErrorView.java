package uk.nhs.smartcardportal.home.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.smartcardportal.base.DatabaseUnavailable;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.ui.ErrorReference;

/** Shown when opening a page fails unexpectedly: a calm message and a reference that is also in the log. */
@ParentLayout(MainLayout.class)
@PermitAll
class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final Span reference = new Span();
    private final Paragraph explanation = new Paragraph(
            "The page could not be shown. Nothing you had saved is " + "lost. Please try again in a moment.");

    ErrorView(PortalProperties portal) {
        addClassName("portal-page");
        reference.setId("error-reference");
        add(new H1("Sorry, something went wrong"));
        add(explanation);
        add(new Paragraph(
                new Span("If it keeps happening, contact the " + portal.supportTeam() + " at " + portal.supportEmail()
                        + " and quote reference "),
                reference,
                new Span(".")));
        add(new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorReference.next();
        reference.setText(id);
        if (DatabaseUnavailable.causedBy(parameter.getCaughtException())) {
            explanation.setText("The portal cannot reach its database just now. Nothing you had saved is lost. "
                    + "Please try again in a minute.");
            log.warn(
                    "Error reference {}: opening /{} failed, database out of reach: {}",
                    id,
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        log.error(
                "Error reference {}: opening /{} failed",
                id,
                event.getLocation().getPath(),
                parameter.getCaughtException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
