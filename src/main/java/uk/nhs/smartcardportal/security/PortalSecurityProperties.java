package uk.nhs.smartcardportal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the identity provider's claims become portal roles.
 *
 * @param rolesClaim  the claim holding the person's groups or roles, e.g. {@code roles}, {@code groups}, or a
 *                    dotted path such as {@code realm_access.roles}
 * @param roleMapping comma-separated {@code providerValue=ROLE} pairs, e.g. {@code sc-admins=WORKFORCE}
 * @param trustUnverifiedEmail link by e-mail even when the provider does not say the e-mail is verified (only for
 *                    providers, such as Entra ID, whose e-mail claim is managed by the organisation)
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(
        @DefaultValue("roles") String rolesClaim,

        @DefaultValue("STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE")
        String roleMapping,

        @DefaultValue("false") boolean trustUnverifiedEmail) {}
