package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class RoleGrantServiceTest {

    @Autowired
    RoleGrantService roleGrants;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private long idOf(String employeeNumber) {
        return staff.findByEmployeeNumber(employeeNumber).orElseThrow().getId();
    }

    @Test
    void workforceGrantsAndRevokesARoleAndBothAreAudited() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long hannah = idOf("E100027");

        roleGrants.grant(hannah, Role.RECRUITMENT);
        roleGrants.grant(hannah, Role.RECRUITMENT);
        assertThat(roleGrants.grantedRoles(hannah)).containsExactly(Role.RECRUITMENT);
        assertThat(roleGrants.rolesGrantedTo(hannah)).containsExactly(Role.RECRUITMENT);

        roleGrants.revoke(hannah, Role.RECRUITMENT);
        assertThat(roleGrants.grantedRoles(hannah)).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE entity_type = 'Staff' AND entity_id = ? " + "ORDER BY id",
                        String.class,
                        Long.toString(hannah)))
                .containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
    }

    @Test
    void theStaffRoleIsNeverGrantedLocally() {
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> roleGrants.grant(idOf("E100030"), Role.STAFF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyWorkforceMayGrantRoles() {
        SignIn.as(DemoUsers.MANAGER, staff);
        long owen = idOf("E100030");

        assertThatThrownBy(() -> roleGrants.grant(owen, Role.WORKFORCE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleGrants.revoke(owen, Role.WORKFORCE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleGrants.grantedRoles(owen)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThat(roleGrants.grantedRoles(owen)).isEmpty();
    }
}
