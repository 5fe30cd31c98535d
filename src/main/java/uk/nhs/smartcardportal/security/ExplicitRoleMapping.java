package uk.nhs.smartcardportal.security;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the trust says which of its provider's groups give which role. A mapping where a provider value
 * named like a portal role gives that role (the identity mapping, the default) would let anyone who can name a group
 * {@code WORKFORCE} at the provider in: the portal refuses to start with it unless a setting says it is meant.
 */
@Component
@Profile("prod")
class ExplicitRoleMapping {

    ExplicitRoleMapping(PortalSecurityProperties properties) {
        requireExplicit(properties);
    }

    static void requireExplicit(PortalSecurityProperties properties) {
        if (properties.allowIdentityRoleMapping()) {
            return;
        }
        List<String> identity = ClaimRoleMapper.parse(properties.roleMapping()).entrySet().stream()
                .filter(pair -> pair.getValue() != Role.STAFF)
                .filter(pair -> pair.getKey().equalsIgnoreCase(pair.getValue().name()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!identity.isEmpty()) {
            throw new IllegalStateException("PORTAL_ROLE_MAPPING gives roles to provider values named like the "
                    + "portal's roles (" + String.join(", ", identity) + "). Map the provider's own groups, e.g. "
                    + "PORTAL_ROLE_MAPPING=sc-workforce=WORKFORCE,sc-recruitment=RECRUITMENT,line-managers=MANAGER, or, "
                    + "if the provider's roles really are named so and only administrators can give them, set "
                    + "PORTAL_ALLOW_IDENTITY_ROLE_MAPPING=true.");
        }
    }
}
