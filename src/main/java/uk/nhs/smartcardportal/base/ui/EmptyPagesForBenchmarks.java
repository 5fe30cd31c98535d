package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Only with {@code portal.bench.empty-pages=true} (the load benchmark sets it): two empty pages behind the same
 * sign-in, with no layout, so that the benchmark measures Vaadin's own floor (heap per session, CPU per navigation)
 * beside the portal's pages in the same server. Two, because navigating to the page already shown reuses it.
 */
@Component
@ConditionalOnProperty(name = "portal.bench.empty-pages", havingValue = "true")
class EmptyPagesForBenchmarks implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        routes.setRoute("bench-empty", EmptyPage.class);
        routes.setRoute("bench-empty-2", OtherEmptyPage.class);
    }

    /** One heading: the least a Vaadin page can show. */
    @PermitAll
    static class EmptyPage extends Main {
        EmptyPage() {
            add(new H1("Empty page"));
        }
    }

    @PermitAll
    static class OtherEmptyPage extends Main {
        OtherEmptyPage() {
            add(new H1("Another empty page"));
        }
    }
}
