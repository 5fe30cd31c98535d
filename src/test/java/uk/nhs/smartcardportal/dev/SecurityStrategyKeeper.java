package uk.nhs.smartcardportal.dev;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second portal in the test JVM installs its own security-context strategy (Vaadin's) in the JVM-wide holder, while
 * the first portal's method security keeps reading its own. When the second closes, the first one's is put back, so
 * tests that run afterwards against the first portal find the person they signed in.
 */
final class SecurityStrategyKeeper {

    private SecurityStrategyKeeper() {}

    static void restoreWhenClosed(ConfigurableApplicationContext context) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof ContextClosedEvent) {
                SecurityContextHolder.setContextHolderStrategy(previous);
            }
        });
    }
}
