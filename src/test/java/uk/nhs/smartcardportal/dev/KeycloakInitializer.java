package uk.nhs.smartcardportal.dev;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded services, except that people sign in through a real Keycloak with the docker realm, configured as
 * docker/compose.yaml configures the portal. The portal gets a database of its own, so the realm's people link to
 * their staff records by e-mail on first sign-in, as they would in a new deployment.
 */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static KeycloakServer keycloak;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new DevServicesInitializer().initialize(context);
        SecurityStrategyKeeper.restoreWhenClosed(context);
        int portalPort = DevServices.freePort();
        keycloak = KeycloakServer.start(DevServices.freePort(), portalPort);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("server.port", portalPort);
        props.put(
                "spring.datasource.url",
                DevServices.properties().get("spring.datasource.url") + "_keycloak?createDatabaseIfNotExist=true");
        props.put("spring.security.oauth2.client.provider.portal.issuer-uri", keycloak.issuerUri());
        props.put("spring.security.oauth2.client.registration.portal.client-id", "portal");
        props.put("spring.security.oauth2.client.registration.portal.client-secret", realmClientSecret());
        props.put("spring.security.oauth2.client.registration.portal.client-name", "Keycloak");
        props.put("portal.security.roles-claim", "roles");
        props.put(
                "portal.security.role-mapping",
                "STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keycloak", props));
    }

    /** Stops Keycloak; the test calls it when its portal is done with it. */
    public static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
    }

    private static String realmClientSecret() {
        JsonNode realm = JsonMapper.builder().build().readTree(KeycloakServer.REALM_FILE.toFile());
        for (JsonNode client : realm.get("clients")) {
            if ("portal".equals(client.get("clientId").asString())) {
                return client.get("secret").asString();
            }
        }
        throw new IllegalStateException("The realm file has no 'portal' client");
    }
}
