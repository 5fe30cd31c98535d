package uk.nhs.smartcardportal.dev;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded services, but with a demo sign-in provider of the portal's own, which a test may stop and start
 * again without disturbing the provider every other test signs in with.
 */
public class OwnIdentityProviderInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path WORK_DIR = Path.of("target", "dev-services", "own-idp");
    private static int port;
    private static DemoIdentityProvider provider;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new DevServicesInitializer().initialize(context);
        SecurityStrategyKeeper.restoreWhenClosed(context);
        port = DevServices.freePort();
        startIdentityProvider();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "ownIdentityProvider",
                        Map.of("spring.security.oauth2.client.provider.portal.issuer-uri", provider.issuerUri())));
    }

    public static synchronized void stopIdentityProvider() {
        if (provider != null) {
            provider.stop();
            provider = null;
        }
    }

    public static synchronized void startIdentityProvider() {
        if (provider == null) {
            provider = DemoIdentityProvider.start(WORK_DIR, port);
        }
    }
}
