package uk.nhs.smartcardportal.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded OIDC provider (NAV's mock-oauth2-server) with a login page that signs in as any demo user with
 * one click, or as any subject typed in.
 */
final class DemoIdentityProvider {

    static final String ISSUER_ID = "demo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockOAuth2Server server;

    private DemoIdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static DemoIdentityProvider start(Path workDir, int port) {
        try {
            Files.createDirectories(workDir);
            Path loginPage = workDir.resolve("login.html");
            Files.writeString(loginPage, loginPage(), StandardCharsets.UTF_8);
            String config = JSON.writeValueAsString(Map.of(
                    "interactiveLogin",
                    true,
                    "loginPagePath",
                    loginPage.toAbsolutePath().toString()));
            MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(config));
            server.start(InetAddress.getByName("127.0.0.1"), port);
            return new DemoIdentityProvider(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuerUri() {
        return server.issuerUrl(ISSUER_ID).toString().replace("127.0.0.1", "localhost");
    }

    void stop() {
        server.shutdown();
    }

    static Map<String, Object> claimsOf(DemoUser user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", user.fullName());
        claims.put("given_name", user.firstName());
        claims.put("family_name", user.lastName());
        claims.put("email", user.email());
        claims.put("email_verified", true);
        claims.put("roles", user.claimRoles());
        return claims;
    }

    private static String loginPage() {
        StringBuilder buttons = new StringBuilder();
        for (DemoUser user : DemoUsers.ALL) {
            if (user.signIn()) {
                buttons.append(form(
                        user.subject(),
                        JSON.writeValueAsString(claimsOf(user)),
                        user.fullName(),
                        String.join(", ", user.claimRoles()) + " · " + user.jobTitle()));
            }
        }
        buttons.append(form(
                DemoUsers.UNKNOWN_SUBJECT,
                JSON.writeValueAsString(Map.of(
                        "name",
                        "Visiting Locum",
                        "email",
                        "visiting.locum@nhs.example",
                        "email_verified",
                        true,
                        "roles",
                        List.of("STAFF"))),
                "Visiting Locum",
                "Signs in, but has no staff record"));
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Demo sign-in · Smartcard Portal</title>
                <style>
                body{font-family:Arial,sans-serif;background:#f0f4f5;color:#212b32;margin:0}
                header{background:#005eb8;color:#fff;padding:1rem 1.5rem}
                main{max-width:40rem;margin:0 auto;padding:1rem}
                form{margin:0 0 .75rem}
                button{width:100%%;text-align:left;padding:.75rem 1rem;font-size:1rem;background:#fff;
                border:2px solid #005eb8;border-radius:4px;cursor:pointer;color:#212b32}
                button strong{display:block;color:#005eb8}
                button:focus{outline:3px solid #ffeb3b;box-shadow:0 4px 0 #212b32}
                label{display:block;margin:.5rem 0 .25rem;font-weight:bold}
                input,textarea{width:100%%;box-sizing:border-box;padding:.5rem;font-size:1rem}
                .warning{background:#fff9c4;border-left:4px solid #ffeb3b;padding:.5rem 1rem}
                </style>
                </head>
                <body>
                <header><h1>Demo sign-in</h1></header>
                <main>
                <p class="warning">This is the embedded test sign-in of the local run. It never runs in production.</p>
                <h2>Sign in as a demo user</h2>
                %s
                <h2>Or as anyone</h2>
                <form method="post">
                <label for="username">Subject</label>
                <input id="username" name="username" required>
                <label for="claims">Claims (JSON, optional)</label>
                <textarea id="claims" name="claims" rows="4"></textarea>
                <p><button type="submit"><strong>Sign in</strong></button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(buttons);
    }

    private static String form(String subject, String claimsJson, String title, String detail) {
        return """
                <form method="post">
                <input type="hidden" name="username" value="%s">
                <input type="hidden" name="claims" value="%s">
                <button type="submit" data-subject="%s"><strong>%s</strong>%s</button>
                </form>
                """.formatted(html(subject), html(claimsJson), html(subject), html(title), html(detail));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
