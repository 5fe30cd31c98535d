package uk.nhs.smartcardportal.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.smartcardportal.base.PortalPrincipal;

/** The signed-in person: their OIDC identity, the staff record they are linked to (if any) and their roles. */
public class PortalUser extends DefaultOidcUser implements PortalPrincipal {

    private final Long staffId;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean recordEnded;

    PortalUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            Long staffId,
            String displayName,
            Set<Role> roles) {
        this(authorities, idToken, userInfo, staffId, displayName, roles, false);
    }

    PortalUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            Long staffId,
            String displayName,
            Set<Role> roles,
            boolean recordEnded) {
        super(authorities, idToken, userInfo);
        this.recordEnded = recordEnded;
        this.staffId = staffId;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    @Override
    public Long staffId() {
        return staffId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasStaffRecord() {
        return staffId != null;
    }

    /** A leaver: their record has ended, so they hold no role and act as no one. */
    public boolean recordEnded() {
        return recordEnded;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
