package uk.nhs.smartcardportal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Whether the sign-in provider answers, so that a person is told it is down instead of being sent to a page that
 * will not load. Asks the provider's discovery document, at most once every {@link #RECHECK_AFTER}.
 */
@Component
public class SignInProvider {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(SignInProvider.class);

    private final URI discovery;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean answering = true;
    private final AtomicBoolean checking = new AtomicBoolean();

    SignInProvider(ClientRegistrationRepository registrations, Clock clock) {
        String issuer = registrations
                .findByRegistrationId(SecurityConfiguration.REGISTRATION)
                .getProviderDetails()
                .getIssuerUri();
        this.discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    /** The last answer, asked again when it is older than {@link #RECHECK_AFTER}. */
    public boolean isAnswering() {
        if (isStale()) {
            recheck();
        }
        return answering;
    }

    /**
     * After a failed sign-in: whether the provider answers, asked again only when the last answer is older than
     * {@link #RECHECK_AFTER}. Failed callbacks need no session, so anyone can send them in a loop; each must not
     * cost a request to the provider.
     */
    public boolean isAnsweringAfterFailure() {
        return isAnswering();
    }

    private boolean isStale() {
        Duration age = Duration.between(checkedAt, clock.instant());
        return age.isNegative() || age.compareTo(RECHECK_AFTER) > 0;
    }

    /** One check at a time: whoever finds one running keeps the last answer rather than waiting or asking too. */
    private void recheck() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!isStale()) {
                return;
            }
            boolean now = ask();
            if (now != answering) {
                if (now) {
                    log.info("Sign-in provider answers again at {}", discovery);
                } else {
                    log.warn("Sign-in provider not answering at {}", discovery);
                }
            }
            answering = now;
            checkedAt = clock.instant();
        } finally {
            checking.set(false);
        }
    }

    private boolean ask() {
        HttpRequest request =
                HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
        // a new client each time: a pooled connection could outlive the provider it was opened to
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
