package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimRoleMapperTest {

    private static ClaimRoleMapper mapper(String claim, String mapping) {
        return new ClaimRoleMapper(PortalSecurityProperties.of(claim, mapping, false, ""));
    }

    @Test
    void mapsRolesClaimValuesThroughTheMapping() {
        ClaimRoleMapper mapper = mapper("roles", "STAFF=STAFF,MANAGER=MANAGER,WORKFORCE=WORKFORCE");

        assertThat(mapper.rolesFrom(Map.of("roles", List.of("MANAGER", "WORKFORCE", "SOMETHING_ELSE"))))
                .containsExactlyInAnyOrder(Role.MANAGER, Role.WORKFORCE);
    }

    @Test
    void mapsProviderGroupNamesSuchAsEntraGroupIds() {
        ClaimRoleMapper mapper = mapper("groups", "0f5a-recruitment=RECRUITMENT, 9c1d-workforce=WORKFORCE");

        assertThat(mapper.rolesFrom(Map.of("groups", List.of("9c1d-workforce", "unrelated-group"))))
                .containsExactly(Role.WORKFORCE);
        assertThat(mapper.rolesFrom(Map.of("roles", List.of("9c1d-workforce")))).isEmpty();
    }

    @Test
    void followsADottedPathIntoNestedClaimsLikeKeycloaksRealmAccess() {
        ClaimRoleMapper mapper = mapper("realm_access.roles", "sc-manager=MANAGER");

        assertThat(mapper.rolesFrom(Map.of("realm_access", Map.of("roles", List.of("sc-manager", "offline")))))
                .containsExactly(Role.MANAGER);
    }

    @Test
    void acceptsASpaceOrCommaSeparatedStringClaim() {
        ClaimRoleMapper mapper = mapper("roles", "MANAGER=MANAGER,RECRUITMENT=RECRUITMENT");

        assertThat(mapper.rolesFrom(Map.of("roles", "MANAGER RECRUITMENT")))
                .containsExactlyInAnyOrder(Role.MANAGER, Role.RECRUITMENT);
    }

    @Test
    void missingOrOddlyShapedClaimsGiveNoRoles() {
        ClaimRoleMapper mapper = mapper("realm_access.roles", "MANAGER=MANAGER");

        assertThat(mapper.rolesFrom(Map.of())).isEmpty();
        assertThat(mapper.rolesFrom(Map.of("realm_access", "MANAGER"))).isEmpty();
        assertThat(mapper.rolesFrom(Map.of("realm_access", Map.of("roles", 42))))
                .isEmpty();
    }

    @Test
    void aBadMappingStopsStartupWithAMessageThatSaysWhy() {
        assertThatThrownBy(() -> mapper("roles", "admins=SUPERUSER")).hasMessageContaining("unknown role 'SUPERUSER'");
        assertThatThrownBy(() -> mapper("roles", "admins"))
                .hasMessageContaining("'admins' is not of the form providerValue=ROLE");
    }
}
