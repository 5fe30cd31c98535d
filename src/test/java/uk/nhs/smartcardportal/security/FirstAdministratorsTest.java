package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffOrigin;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/** PORTAL_FIRST_ADMINS: the named people get in on an empty portal, and only until the staff list has Workforce. */
@IntegrationTest
class FirstAdministratorsTest {

    private static final String MAPPING = "STAFF=STAFF,MANAGER=MANAGER,RECRUITMENT=RECRUITMENT,WORKFORCE=WORKFORCE";

    @Autowired
    SignInWithSettings signInWith;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    RoleGrantService grants;

    @Autowired
    SetupMilestones milestones;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    uk.nhs.smartcardportal.starters.StarterImportService starters;

    private final long n = System.nanoTime() % 1_000_000_000L;
    private final String email = "first.admin." + n + "@trust.example";
    private final String namedSubject = "named-subject-" + n;
    private PortalOidcUserService signIn;

    @BeforeEach
    void aPortalNotSetUpWithTwoFirstAdministrators() {
        jdbc.update("delete from portal_milestone where name = ?", SetupMilestones.WORKFORCE_FROM_STAFF_LIST);
        signIn = signInNaming(email.toUpperCase() + ", " + namedSubject);
    }

    private PortalOidcUserService signInNaming(String firstAdmins) {
        PortalSecurityProperties properties = PortalSecurityProperties.of("roles", MAPPING, false, firstAdmins);
        return signInWith.with(properties);
    }

    private static OidcUser token(String subject, String email, boolean verified, List<String> roles) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        if (email != null) {
            claims.put("email", email);
            claims.put("email_verified", verified);
        }
        claims.put("given_name", "Ada");
        claims.put("family_name", "Lovelace");
        claims.put("roles", roles);
        OidcIdToken idToken =
                new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(List.of(), idToken);
    }

    private long auditCount(String action, long staffId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and entity_id = ?", Long.class, action, staffId);
    }

    @Test
    void aNamedPersonGetsAStaffRecordFromTheTokenAndTheWorkforceRoleAudited() {
        PortalUser admin = signIn.portalUser(token("subject-a-" + n, email, true, List.of()));

        assertThat(admin.roles()).contains(Role.STAFF, Role.WORKFORCE);
        Staff record = staff.findById(admin.staffId()).orElseThrow();
        assertThat(record.getFullName()).isEqualTo("Ada Lovelace");
        assertThat(record.getWorkEmail()).isEqualTo(email);
        assertThat(record.getOrigin()).isEqualTo(StaffOrigin.FIRST_ADMINISTRATOR);
        assertThat(auditCount("STAFF_FIRST_ADMINISTRATOR_CREATED", record.getId()))
                .isEqualTo(1);
        assertThat(auditCount("ROLE_GRANTED", record.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select ends_on from role_grant where staff_id = ?", java.time.LocalDate.class, record.getId()))
                .as("a first administrator's role runs out in a year")
                .isEqualTo(java.time.LocalDate.now(uk.nhs.smartcardportal.base.UkTime.ZONE)
                        .plusMonths(12));
        assertThat(auditCount("SIGNED_IN", record.getId())).isEqualTo(1);

        PortalUser again = signIn.portalUser(token("subject-a-" + n, email, true, List.of()));
        assertThat(again.staffId()).as("the second sign-in finds the record").isEqualTo(record.getId());
        assertThat(auditCount("STAFF_FIRST_ADMINISTRATOR_CREATED", record.getId()))
                .isEqualTo(1);
    }

    @Test
    void aPersonNamedBySubjectGetsInWithoutAnEmail() {
        PortalUser admin = signIn.portalUser(token(namedSubject, null, false, List.of()));

        assertThat(admin.roles()).contains(Role.WORKFORCE);
        assertThat(staff.findById(admin.staffId()).orElseThrow().getWorkEmail()).isNull();
    }

    @Test
    void nobodyElseGainsAnything() {
        long before = staff.count();

        PortalUser stranger = signIn.portalUser(
                token("stranger-" + n, "stranger." + n + "@trust.example", true, List.of("WORKFORCE")));
        PortalUser unverified = signIn.portalUser(token("unverified-" + n, email, false, List.of()));

        assertThat(stranger.staffId()).isNull();
        assertThat(stranger.roles()).isEmpty();
        assertThat(unverified.staffId())
                .as("a named e-mail counts only when the provider vouches for it")
                .isNull();
        assertThat(staff.count()).isEqualTo(before);
    }

    @Test
    void itEndsOnceAWorkforceMemberFromTheStaffListSignsIn() {
        signIn.portalUser(token(DemoUsers.ADMIN.subject(), DemoUsers.ADMIN.email(), true, List.of("WORKFORCE")));
        assertThat(milestones.isReached(SetupMilestones.WORKFORCE_FROM_STAFF_LIST))
                .isTrue();

        PortalUser late = signIn.portalUser(token("subject-late-" + n, email, true, List.of()));

        assertThat(late.staffId()).isNull();
        assertThat(late.roles()).isEmpty();
    }

    @Test
    void aFirstAdministratorSigningInDoesNotEndItButGrantingWorkforceToTheStaffListDoes() {
        PortalUser admin = signIn.portalUser(token("subject-b-" + n, email, true, List.of()));
        assertThat(milestones.isReached(SetupMilestones.WORKFORCE_FROM_STAFF_LIST))
                .isFalse();

        SignIn.as(admin.staffId(), "Ada Lovelace", java.util.EnumSet.of(Role.STAFF, Role.WORKFORCE));
        long colleague = staff.findByEmployeeNumber(DemoUsers.MANAGER.employeeNumber())
                .orElseThrow()
                .getId();
        grants.grant(colleague, Role.WORKFORCE, java.time.LocalDate.now().plusMonths(6), "Runs the portal");
        try {
            assertThat(milestones.isReached(SetupMilestones.WORKFORCE_FROM_STAFF_LIST))
                    .isTrue();
        } finally {
            grants.revoke(colleague, Role.WORKFORCE);
        }
    }

    @Test
    void aSettingThatNamesNeitherAnEmailNorASubjectStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> signInNaming("ada@trust.example, Ada Lovelace"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PORTAL_FIRST_ADMINS names \"Ada Lovelace\", which is neither a work e-mail");
        assertThatThrownBy(() -> signInNaming("ada@trust")).hasMessageContaining("\"ada@trust\"");
        assertThat(PortalSecurityProperties.of("roles", MAPPING, false, " , ").firstAdministrators())
                .isEmpty();
    }

    @Test
    void theStaffListFindsTheFirstAdministratorByEmailAndThenTheSettingEnds() {
        PortalUser admin = signIn.portalUser(token("subject-c-" + n, email, true, List.of()));
        SignIn.as(admin.staffId(), "Ada Lovelace", java.util.EnumSet.of(Role.STAFF, Role.WORKFORCE));
        String number = "EMP" + n;
        String starts = java.time.LocalDate.now()
                .plusWeeks(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        byte[] file = ("Employee number,First name,Last name,Work email,Job title,Staff group,Department,"
                        + "Start date,Base site,Manager employee number,Card needed,Card reason\n"
                        + number + ",Ada,Lovelace," + email + ",Workforce Lead,Nursing and Midwifery,Workforce,"
                        + starts + "," + DemoUsers.AINTREE + ",,,")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var report = starters.importFile("staff.csv", file, uk.nhs.smartcardportal.base.imports.ImportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        Staff record = staff.findById(admin.staffId()).orElseThrow();
        assertThat(record.getEmployeeNumber()).isEqualTo(number);
        assertThat(record.getOrigin()).isEqualTo(StaffOrigin.STAFF_LIST);
        assertThat(auditCount("STAFF_FIRST_ADMINISTRATOR_MATCHED", record.getId()))
                .isEqualTo(1);
        signIn.portalUser(token("subject-c-" + n, email, true, List.of()));
        assertThat(milestones.isReached(SetupMilestones.WORKFORCE_FROM_STAFF_LIST))
                .as("the administrator is now a Workforce member from the staff list")
                .isTrue();
    }
}
