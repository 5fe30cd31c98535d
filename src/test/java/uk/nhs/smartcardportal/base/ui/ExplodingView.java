package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;

/** Test-only page that fails on purpose, to prove what people see when something breaks. */
@Route("test-only/explode")
@RolesAllowed(Roles.WORKFORCE)
public class ExplodingView extends Main implements BeforeEnterObserver {

    static final String FAIL_ON_OPEN = "fail";

    public ExplodingView() {
        Button button = new Button("Break something", event -> {
            throw new IllegalStateException("Deliberate failure from a click");
        });
        button.setId("explode");
        add(button);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(FAIL_ON_OPEN)) {
            throw new IllegalStateException("Deliberate failure while opening");
        }
    }
}
