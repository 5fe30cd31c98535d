package uk.nhs.smartcardportal;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.dev.NotifySink;
import uk.nhs.smartcardportal.security.SignIn;

/**
 * After every test on the shared context: nobody is signed in, the clock shows the real time again and the Notify sink answers normally, so no test
 * leaks its person or its moment into the next.
 */
public class ResetAfterEachTest implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SignIn.out();
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(MovableClock.class)
                .ifAvailable(MovableClock::reset);
        NotifySink.resetIfRunning();
    }
}
