package uk.nhs.smartcardportal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.smartcardportal.base.PortalPrincipal;

/**
 * The signed-in person: their OIDC identity, the staff record they are linked to (if any) and their roles; when they
 * signed in, when their roles were last worked out, and which of them the provider gave.
 */
public class PortalUser extends DefaultOidcUser implements PortalPrincipal {

    private final Long staffId;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean recordEnded;
    private final Instant signedInAt;
    private final Instant checkedAt;
    private final Set<Role> providerRoles;
    private final String subject;

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
        this(
                authorities,
                idToken,
                userInfo,
                new Identity(staffId, displayName, recordEnded, idToken.getSubject()),
                roles,
                Set.of(),
                idToken.getIssuedAt() != null ? idToken.getIssuedAt() : Instant.EPOCH);
    }

    /**
     * Who the sign-in is, as far as the portal's records go.
     *
     * @param subject the lasting identity the staff record is linked by ({@code PORTAL_SUBJECT_CLAIM})
     */
    record Identity(Long staffId, String displayName, boolean recordEnded, String subject) {}

    PortalUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            Identity identity,
            Set<Role> roles,
            Set<Role> providerRoles,
            Instant signedInAt) {
        this(authorities, idToken, userInfo, identity, roles, providerRoles, signedInAt, signedInAt);
    }

    private PortalUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            Identity identity,
            Set<Role> roles,
            Set<Role> providerRoles,
            Instant signedInAt,
            Instant checkedAt) {
        super(authorities, idToken, userInfo);
        this.recordEnded = identity.recordEnded();
        this.subject = identity.subject();
        this.staffId = identity.staffId();
        this.displayName = identity.displayName();
        this.roles = copy(roles);
        this.providerRoles = copy(providerRoles);
        this.signedInAt = signedInAt;
        this.checkedAt = checkedAt;
    }

    /** The same sign-in with its roles worked out again at the given moment. */
    PortalUser withRoles(Set<Role> current, Instant at) {
        return new PortalUser(
                authoritiesOf(current),
                getIdToken(),
                getUserInfo(),
                new Identity(staffId, displayName, recordEnded, subject),
                current,
                providerRoles,
                signedInAt,
                at);
    }

    static java.util.List<SimpleGrantedAuthority> authoritiesOf(Set<Role> roles) {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    private static Set<Role> copy(Set<Role> roles) {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
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

    /** The roles the sign-in provider's claim gave at sign-in (its word holds until the person signs in again). */
    Set<Role> providerRoles() {
        return providerRoles;
    }

    /** The identity the staff record is linked to: the subject, or the claim the trust named instead. */
    String linkedSubject() {
        return subject;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    Instant checkedAt() {
        return checkedAt;
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
