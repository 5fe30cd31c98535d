package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExplicitRoleMappingTest {

    private static PortalSecurityProperties mapping(String mapping, boolean allowIdentity) {
        return new PortalSecurityProperties(
                "roles", mapping, false, "", Duration.ofHours(12), Duration.ofMinutes(15), "sub", "", allowIdentity);
    }

    @Test
    void theDefaultIdentityMappingStopsAProductionStartWithAClearMessage() {
        assertThatThrownBy(() -> ExplicitRoleMapping.requireExplicit(
                        mapping("STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE", false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(MANAGER, RECRUITMENT, WORKFORCE)")
                .hasMessageContaining("PORTAL_ALLOW_IDENTITY_ROLE_MAPPING=true");
        assertThatThrownBy(() ->
                        ExplicitRoleMapping.requireExplicit(mapping("sc-admins=WORKFORCE,workforce=WORKFORCE", false)))
                .hasMessageContaining("(workforce)");
    }

    @Test
    void aMappingOfTheProvidersOwnGroupsOrAnIdentityMappingMeantOnPurposeStarts() {
        assertThatCode(() -> ExplicitRoleMapping.requireExplicit(
                        mapping("9c1d-workforce=WORKFORCE,0f5a-recruitment=RECRUITMENT,STAFF=STAFF", false)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExplicitRoleMapping.requireExplicit(mapping("WORKFORCE=WORKFORCE", true)))
                .doesNotThrowAnyException();
    }
}
