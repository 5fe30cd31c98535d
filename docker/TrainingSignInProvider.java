import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * For the image's AOT training start only (see Dockerfile): answers the OpenID discovery request the portal makes
 * when it starts, so the training start needs no real sign-in provider. Nobody signs in through it.
 * Run with: java docker/TrainingSignInProvider.java PORT
 */
public class TrainingSignInProvider {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String issuer = "http://127.0.0.1:" + port;
        byte[] discovery = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                        + "\"end_session_endpoint\":\"" + issuer + "/logout\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, discovery.length);
            exchange.getResponseBody().write(discovery);
            exchange.close();
        });
        server.start();
    }
}
