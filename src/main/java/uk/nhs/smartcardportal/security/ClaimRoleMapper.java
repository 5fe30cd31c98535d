package uk.nhs.smartcardportal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns the configured roles claim into portal roles through the configured mapping. */
@Component
class ClaimRoleMapper {

    private static final Logger log = LoggerFactory.getLogger(ClaimRoleMapper.class);

    private final String[] claimPath;
    private final Map<String, Role> mapping;

    ClaimRoleMapper(PortalSecurityProperties properties) {
        this.claimPath = properties.rolesClaim().strip().split("\\.");
        this.mapping = parse(properties.roleMapping());
        log.info("Roles come from claim '{}' with {} mapped value(s)", properties.rolesClaim(), mapping.size());
    }

    Set<Role> rolesFrom(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : claimValues(claims)) {
            Role role = mapping.get(value);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private List<String> claimValues(Map<String, Object> claims) {
        Object current = claims;
        for (String part : claimPath) {
            if (!(current instanceof Map<?, ?> map)) {
                return List.of();
            }
            current = map.get(part);
        }
        if (current instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (current instanceof String value) {
            return List.of(value.split("[,\\s]+"));
        }
        return List.of();
    }

    static Map<String, Role> parse(String mapping) {
        Map<String, Role> result = new HashMap<>();
        if (mapping == null) {
            return result;
        }
        for (String pair : mapping.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException(
                        "portal.security.role-mapping: '" + pair.strip() + "' is not of the form providerValue=ROLE");
            }
            String role = pair.substring(equals + 1).strip();
            try {
                result.put(pair.substring(0, equals).strip(), Role.valueOf(role));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "portal.security.role-mapping: unknown role '" + role
                                + "'; use one of STAFF, MANAGER, RECRUITMENT, WORKFORCE",
                        e);
            }
        }
        return result;
    }
}
