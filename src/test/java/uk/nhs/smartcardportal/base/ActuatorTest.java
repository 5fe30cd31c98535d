package uk.nhs.smartcardportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.smartcardportal.IntegrationTest;

/** Health probes are open to load balancers; nothing else of the actuator is open without WORKFORCE. */
@IntegrationTest
class ActuatorTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessIncludingTheDatabaseAreOpen() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"").doesNotContain("MariaDB");
    }

    @Test
    void otherEndpointsNeedSignInAndUnexposedOnesAreNotThere() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env").statusCode()).isIn(401, 404);
        assertThat(get("/actuator/beans").statusCode()).isIn(401, 404);
    }
}
