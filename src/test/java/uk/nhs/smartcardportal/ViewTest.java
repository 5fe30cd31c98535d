package uk.nhs.smartcardportal;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
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

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
