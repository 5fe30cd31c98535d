package uk.nhs.smartcardportal;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.security.PortalUser;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Browser-free view tests: real views and services on the shared integration context, acting as any person. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected StaffRepository staffRepository;

    protected PortalUser signInAs(DemoUser user) {
        return SignIn.as(user, staffRepository);
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
