package uk.nhs.smartcardportal.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.staff.StaffRepository;

/** Test helper: act as a given person with given roles, without going through the provider. */
public final class SignIn {

    private SignIn() {}

    /** Signs in as a demo user with the roles their provider claim would give them. */
    public static PortalUser as(DemoUser user, StaffRepository staff) {
        Long staffId =
                staff.findByEmployeeNumber(user.employeeNumber()).orElseThrow().getId();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.claimRoles().forEach(role -> roles.add(Role.valueOf(role)));
        roles.add(Role.STAFF);
        return as(staffId, user.fullName(), roles);
    }

    public static PortalUser as(Long staffId, String name, Set<Role> roles) {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        OidcIdToken token = new OidcIdToken(
                "test-token",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of("sub", "test-" + name.toLowerCase().replace(' ', '.'), "name", name));
        PortalUser user = new PortalUser(authorities, token, null, staffId, name, roles);
        SecurityContextHolder.getContext()
                .setAuthentication(new OAuth2AuthenticationToken(user, authorities, "portal"));
        return user;
    }

    /** Signs in as a leaver whose record has ended: no staff record to act as, no role. */
    public static PortalUser asLeaver(String name) {
        OidcIdToken token = new OidcIdToken(
                "test-token",
                Instant.now(),
                Instant.now().plusSeconds(3600),
                Map.of("sub", "leaver-" + name.toLowerCase().replace(' ', '.'), "name", name));
        PortalUser user = new PortalUser(List.of(), token, null, null, name, Set.of(), true);
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, List.of(), "portal"));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
