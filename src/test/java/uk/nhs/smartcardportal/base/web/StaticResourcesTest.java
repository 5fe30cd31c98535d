package uk.nhs.smartcardportal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.smartcardportal.IntegrationTest;

/** Static files reach a phone compressed and are kept by the browser. */
@IntegrationTest
class StaticResourcesTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theIconSpriteIsOpenCompressedAndKeptForADay() throws Exception {
        HttpResponse<byte[]> sprite = get("/icons/portal-icons.svg");
        assertThat(sprite.statusCode()).isEqualTo(200);
        assertThat(sprite.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(sprite.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(sprite.headers().firstValue("Cache-Control")).hasValue(CachingHeadersFilter.ICONS);
        assertThat(sprite.headers().firstValue("Pragma")).isEmpty();
        assertThat(sprite.headers().firstValue("Expires")).isEmpty();
    }

    @Test
    void vaadinsHashedScriptsAreCompressedAndKeptForAYear() throws Exception {
        String page = page("/signed-out").body();
        Matcher script = Pattern.compile("(VAADIN/build/[^\"]+\\.js)").matcher(page);
        assertThat(script.find()).as("the page loads a built script: %s", page).isTrue();
        HttpResponse<byte[]> bundle = get("/" + script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(bundle.headers().allValues("Cache-Control")).containsExactly(CachingHeadersFilter.HASHED_FILES);
        assertThat(bundle.headers().firstValue("Pragma")).isEmpty();
    }
}
