package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import uk.nhs.smartcardportal.dev.MovableClock;

/** Failed sign-in callbacks need no session; a burst of them must not become a burst of requests to the provider. */
class SignInProviderTest {

    private final AtomicInteger discoveryRequests = new AtomicInteger();
    private HttpServer issuer;
    private MovableClock clock;
    private SignInProviderGuard guard;

    @BeforeEach
    void aProviderThatCountsItsDiscoveryRequests() throws Exception {
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer.createContext("/realm/.well-known/openid-configuration", exchange -> {
            discoveryRequests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        issuer.start();
        String issuerUri = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realm";
        ClientRegistration registration = ClientRegistration.withRegistrationId(SecurityConfiguration.REGISTRATION)
                .clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(issuerUri + "/auth")
                .tokenUri(issuerUri + "/token")
                .issuerUri(issuerUri)
                .build();
        clock = new MovableClock();
        clock.setInstant(Instant.parse("2027-03-01T09:00:00Z"));
        guard = new SignInProviderGuard(
                new SignInProvider(new InMemoryClientRegistrationRepository(registration), clock));
    }

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    private void failedCallback() {
        try {
            guard.onAuthenticationFailure(
                    new MockHttpServletRequest("GET", "/login/oauth2/code/portal"),
                    new MockHttpServletResponse(),
                    new OAuth2AuthenticationException("invalid_state_parameter"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBurstOfFailedCallbacksAsksTheProviderAtMostOncePerInterval() throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> burst = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                burst.add(attackers.submit(this::failedCallback));
            }
            for (Future<?> callback : burst) {
                callback.get();
            }
        } finally {
            attackers.shutdown();
        }
        assertThat(discoveryRequests.get()).isEqualTo(1);

        clock.setInstant(clock.instant().plus(SignInProvider.RECHECK_AFTER).plusSeconds(1));
        for (int i = 0; i < 100; i++) {
            failedCallback();
        }
        assertThat(discoveryRequests.get()).isEqualTo(2);
    }
}
