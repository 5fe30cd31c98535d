package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.staff.SignedInStaff;
import uk.nhs.smartcardportal.staff.Staff;

/** The same person signing in twice at the same moment (two tabs) gets in both times; found by the load benchmark. */
@IntegrationTest
class ConcurrentSignInTest {

    @Autowired
    PortalOidcUserService users;

    @Autowired
    CardFixtures fixtures;

    @Test
    void twoSimultaneousFirstSignInsBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                Staff person = fixtures.newPerson("Two", "Tabs" + attempt);
                String subject = "two-tabs-" + person.getId();
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Optional<SignedInStaff>> signIn = () -> {
                    together.await();
                    return users.link(
                            subject,
                            new DefaultOidcUser(
                                    List.of(),
                                    new OidcIdToken(
                                            "token",
                                            Instant.now(),
                                            Instant.now().plusSeconds(60),
                                            Map.of("sub", subject, "email", person.getWorkEmail()))),
                            true);
                };
                List<Future<Optional<SignedInStaff>>> both = pool.invokeAll(List.of(signIn, signIn));

                assertThat(both.get(0).get())
                        .get()
                        .extracting(SignedInStaff::id)
                        .isEqualTo(person.getId());
                assertThat(both.get(1).get())
                        .get()
                        .extracting(SignedInStaff::id)
                        .isEqualTo(person.getId());
            }
        } finally {
            pool.shutdown();
        }
    }
}
