package uk.nhs.smartcardportal.setup.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.setup.SetupService;

/** Until the portal is set up, everyone but the Workforce Systems Team sees the "not ready yet" page. */
@Component
class NotReadyGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SetupService setup;

    NotReadyGate(CurrentUser currentUser, SetupService setup) {
        this.currentUser = currentUser;
        this.setup = setup;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == NotReadyView.class) {
            return;
        }
        currentUser
                .get()
                .filter(user -> user.hasStaffRecord() && !user.hasRole(Role.WORKFORCE))
                .filter(user -> !setup.isReady())
                .ifPresent(user -> event.forwardTo(NotReadyView.class));
    }
}
