package uk.nhs.smartcardportal.home.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.nhs.smartcardportal.base.LogText;

/**
 * "Page not found", also for pages the person may not open: saying "forbidden" would tell them the thing exists.
 * Refusals are logged.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    public NotFoundView() {
        addClassName("portal-page");
        add(new H1("Page not found"));
        add(new Paragraph("The page you asked for does not exist, or is not available to you."));
        add(new RouterLink("Go to the home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // the path only, escaped and cut: it is whatever someone typed, and its query may hold anything
        log.info("Not found: /{}", LogText.of(event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
