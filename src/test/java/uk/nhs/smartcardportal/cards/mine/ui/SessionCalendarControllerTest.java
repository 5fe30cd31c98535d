package uk.nhs.smartcardportal.cards.mine.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;

/**
 * The calendar file's address is behind the sign-in like every page. That a signed-in starter downloads it from My
 * smartcard is shown in a browser by MyCardOnPhoneTest.
 */
@IntegrationTest
class SessionCalendarControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobodySignedOutGetsASessionsCalendarFile() throws Exception {
        long sessionId = jdbc.queryForObject("select min(id) from collection_session", Long.class);

        HttpResponse<String> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/" + SessionCalendarController.path(sessionId)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/oauth2/authorization/"));
        assertThat(response.body()).doesNotContain("BEGIN:VCALENDAR");
    }
}
