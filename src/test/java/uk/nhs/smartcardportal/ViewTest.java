package uk.nhs.smartcardportal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Browser-free view tests: real views and services on the shared integration context, acting as any person. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected StaffRepository staffRepository;

    /**
     * Signs in in a new session and UI, as a browser does: Vaadin keeps a view open when the same page is opened
     * again, so a second person in the first one's UI would see the first one's page.
     */
    protected PortalUser signInAs(DemoUser user) {
        return inNewUi(() -> SignIn.as(user, staffRepository));
    }

    /**
     * The person reloads the page: a new UI in their session, as the browser gets. (Opening the page shown again in
     * the same UI keeps the view as it is, as Vaadin does.)
     */
    protected void reload() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        inNewUi(() -> {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
            return null;
        });
    }

    protected PortalUser signInAs(Long staffId, String name, Set<Role> roles) {
        return inNewUi(() -> SignIn.as(staffId, name, roles));
    }

    protected PortalUser signInAsLeaver(String name) {
        return inNewUi(() -> SignIn.asLeaver(name));
    }

    private <T> T inNewUi(Supplier<T> signIn) {
        cleanVaadinEnvironment();
        T signedIn = signIn.get();
        initVaadinEnvironment();
        return signedIn;
    }

    /** Background work (such as an import) ends with a heading; poll as the browser would until it is there. */
    protected H2 awaitHeading(String startsWith) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            roundTrip();
            var heading = find(H2.class).all().stream()
                    .filter(h2 -> h2.getText().startsWith(startsWith))
                    .findFirst();
            if (heading.isPresent()) {
                return heading.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No heading starting \"" + startsWith + "\" appeared");
    }
}
