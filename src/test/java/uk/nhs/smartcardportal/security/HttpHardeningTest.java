package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.env.Environment;
import uk.nhs.smartcardportal.IntegrationTest;

/** The headers and cookies read from the running portal, as a browser (or a proxy in front of it) gets them. */
@IntegrationTest
class HttpHardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Autowired
    Environment environment;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path :
                List.of("/signed-out", "/my-card", "/icons/portal-icons.svg", "/actuator/health", "/no-such-page")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(path)
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as(path + " over plain HTTP")
                    .isEmpty();
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("*");
    }

    @Test
    void behindAnHttpsProxyTransportIsStrictAndTheSessionCookieSecure() throws Exception {
        HttpResponse<String> response = get("/my-card", "X-Forwarded-Proto", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=" + SecurityHeaders.HSTS_MAX_AGE_SECONDS + " ; includeSubDomains");
        assertThat(sessionCookie(response)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndOtherSites() throws Exception {
        assertThat(sessionCookie(get("/my-card"))).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void idleSessionsEndAndTheirScreensAreClosed() throws Exception {
        get("/signed-out");

        assertThat(vaadinServlet
                        .getServlet()
                        .getService()
                        .getDeploymentConfiguration()
                        .isCloseIdleSessions())
                .as("a screen left open does not keep its session alive with heartbeats")
                .isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
