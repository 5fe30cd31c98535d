package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.dev.MovableClock;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class RoleGrantServiceTest {

    @Autowired
    RoleGrantService roleGrants;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private static final String WHY = "Covering the print queue";

    private long idOf(String employeeNumber) {
        return staff.findByEmployeeNumber(employeeNumber).orElseThrow().getId();
    }

    private static LocalDate today() {
        return LocalDate.now(UkTime.ZONE);
    }

    @Test
    void workforceGrantsAndRevokesARoleAndBothAreAudited() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long hannah = idOf("E100027");
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        roleGrants.grant(hannah, Role.RECRUITMENT, today().plusMonths(3), WHY);
        roleGrants.grant(hannah, Role.RECRUITMENT, today().plusMonths(3), WHY);
        assertThat(roleGrants.grantedRoles(hannah)).containsExactly(Role.RECRUITMENT);
        assertThat(roleGrants.rolesGrantedTo(hannah)).containsExactly(Role.RECRUITMENT);

        roleGrants.revoke(hannah, Role.RECRUITMENT);
        assertThat(roleGrants.grantedRoles(hannah)).isEmpty();
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE id > ? AND entity_type = 'Staff' AND entity_id = ? "
                                + "ORDER BY id",
                        String.class,
                        before,
                        Long.toString(hannah)))
                .containsExactly("ROLE_GRANTED", "ROLE_REVOKED");
    }

    @Test
    void aGrantSaysUntilWhenAndWhyAndTheTrailKeepsBoth() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long hannah = idOf("E100027");

        roleGrants.grant(hannah, Role.MANAGER, today().plusMonths(6), "  Acting ward manager  ");
        try {
            assertThat(jdbc.queryForObject(
                            "select concat(ends_on, ' ', reason) from role_grant where staff_id = ? and role = 'MANAGER'",
                            String.class,
                            hannah))
                    .isEqualTo(today().plusMonths(6) + " Acting ward manager");
            assertThat(jdbc.queryForObject(
                            "select after_value from audit_event where action = 'ROLE_GRANTED' and entity_id = ? "
                                    + "order by id desc limit 1",
                            String.class,
                            Long.toString(hannah)))
                    .contains("\"endsOn\":\"" + today().plusMonths(6) + "\"", "Acting ward manager");
        } finally {
            roleGrants.revoke(hannah, Role.MANAGER);
        }
    }

    @Test
    void nobodyGrantsARoleToThemselves() {
        PortalUser admin = SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> roleGrants.grant(admin.staffId(), Role.RECRUITMENT, today().plusDays(7), WHY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("You cannot grant a role to yourself. Ask another member of the Workforce Systems Team.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from role_grant where staff_id = ?", Integer.class, admin.staffId()))
                .isZero();
    }

    @Test
    void aGrantWithoutAnEndOrAReasonOrForLongerThanTwoYearsIsRefusedFieldByField() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long owen = idOf("E100030");

        assertThatThrownBy(() -> roleGrants.grant(owen, Role.RECRUITMENT, null, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry("until", "Enter the date the role ends.")
                                .containsEntry("reason", "Say why the person needs this role."));
        assertThatThrownBy(() -> roleGrants.grant(owen, Role.RECRUITMENT, today().minusDays(1), WHY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsOnlyKeys("until"));
        assertThatThrownBy(() -> roleGrants.grant(
                        owen, Role.RECRUITMENT, today().plusYears(2).plusDays(1), WHY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsOnlyKeys("until"));
        assertThatThrownBy(() -> roleGrants.grant(owen, Role.RECRUITMENT, today().plusDays(1), "x".repeat(201)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry("reason", "Keep the reason to 200 characters or fewer."));
        assertThat(roleGrants.grantedRoles(owen)).isEmpty();
    }

    @Test
    void aGrantCountsUpToItsLastDayAndNotAfter() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long owen = idOf("E100030");
        roleGrants.grant(owen, Role.RECRUITMENT, today().plusDays(3), WHY);
        try {
            clock.setInstant(
                    today().plusDays(3).atTime(23, 0).atZone(UkTime.ZONE).toInstant());
            assertThat(roleGrants.rolesGrantedTo(owen)).containsExactly(Role.RECRUITMENT);

            clock.setInstant(
                    today().plusDays(4).atTime(0, 30).atZone(UkTime.ZONE).toInstant());
            assertThat(roleGrants.rolesGrantedTo(owen)).isEmpty();
            assertThat(roleGrants.effectiveRoles(owen))
                    .extracting(EffectiveRole::role)
                    .doesNotContain(Role.RECRUITMENT);
        } finally {
            clock.reset();
            roleGrants.revoke(owen, Role.RECRUITMENT);
        }
    }

    @Test
    void effectiveRolesSayWhereEachComesFrom() {
        SignIn.as(DemoUsers.ADMIN, staff);
        long manager = idOf(DemoUsers.MANAGER.employeeNumber());
        roleGrants.recordProviderRoles(manager, java.util.EnumSet.of(Role.MANAGER));
        roleGrants.grant(manager, Role.RECRUITMENT, today().plusMonths(1), WHY);
        try {
            assertThat(roleGrants.effectiveRoles(manager))
                    .extracting(EffectiveRole::role, EffectiveRole::source, EffectiveRole::withdrawable)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Role.STAFF, EffectiveRole.Source.STAFF_RECORD, false),
                            org.assertj.core.groups.Tuple.tuple(
                                    Role.MANAGER, EffectiveRole.Source.SIGN_IN_PROVIDER, false),
                            org.assertj.core.groups.Tuple.tuple(
                                    Role.RECRUITMENT, EffectiveRole.Source.PORTAL_GRANT, true));
            assertThat(roleGrants.effectiveRoles(manager).get(2).detail())
                    .contains(DemoUsers.ADMIN.fullName(), UkTime.date(today().plusMonths(1)), WHY);
        } finally {
            roleGrants.revoke(manager, Role.RECRUITMENT);
        }
    }

    @Test
    void theStaffRoleIsNeverGrantedLocally() {
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> roleGrants.grant(idOf("E100030"), Role.STAFF, today().plusDays(1), WHY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyWorkforceMayGrantRoles() {
        SignIn.as(DemoUsers.MANAGER, staff);
        long owen = idOf("E100030");

        assertThatThrownBy(() -> roleGrants.grant(owen, Role.WORKFORCE, today().plusDays(1), WHY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleGrants.revoke(owen, Role.WORKFORCE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleGrants.grantedRoles(owen)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roleGrants.effectiveRoles(owen)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThat(roleGrants.grantedRoles(owen)).isEmpty();
    }
}
