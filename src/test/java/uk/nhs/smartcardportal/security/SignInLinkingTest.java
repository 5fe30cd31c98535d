package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;

/** How a sign-in finds its staff record: exactly, by a claim the person cannot change where the trust has one. */
@IntegrationTest
class SignInLinkingTest {

    @Autowired
    PortalOidcUserService signIn;

    @Autowired
    SignInWithSettings signInWith;

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    RoleGrantService grants;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private static OidcUser token(Map<String, Object> claims) {
        return new DefaultOidcUser(
                List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims));
    }

    private static Map<String, Object> claims(String subject, String email) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", subject);
        claims.put("email", email);
        claims.put("email_verified", true);
        return claims;
    }

    private PortalOidcUserService linkingBy(String subjectClaim, String employeeNumberClaim) {
        return linkingBy(subjectClaim, employeeNumberClaim, "");
    }

    private PortalOidcUserService linkingBy(String subjectClaim, String employeeNumberClaim, String firstAdmins) {
        PortalSecurityProperties properties = new PortalSecurityProperties(
                "roles",
                "STAFF=STAFF",
                false,
                firstAdmins,
                Duration.ofHours(12),
                Duration.ofMinutes(15),
                subjectClaim,
                employeeNumberClaim,
                false);
        return signInWith.with(properties);
    }

    @Test
    void anEmailDifferentOnlyInAnAccentFindsNoRecordThoughCaseIsIgnored() {
        Staff john = fixtures.newPerson("John", "Accent");
        String accented = john.getWorkEmail().replaceFirst("^john", "jóhn");

        assertThat(signIn.portalUser(token(claims("accent-" + john.getId(), accented)))
                        .hasStaffRecord())
                .isFalse();
        assertThat(staff.findById(john.getId()).orElseThrow().getIdpSubject()).isNull();

        PortalUser upper = signIn.portalUser(
                token(claims("case-" + john.getId(), john.getWorkEmail().toUpperCase())));
        assertThat(upper.staffId()).isEqualTo(john.getId());
    }

    @Test
    void whereTheTrustNamesAnEmployeeNumberClaimTheFirstSignInIsLinkedByItAndNeverByEmail() {
        PortalOidcUserService byNumber = linkingBy("oid", "employeeid");
        Staff amal = fixtures.newPerson("Amal", "Number");
        Staff other = fixtures.newPerson("Other", "Person");

        Map<String, Object> wrongEmail = claims("pairwise-1-" + amal.getId(), other.getWorkEmail());
        wrongEmail.put("oid", "oid-" + amal.getId());
        wrongEmail.put("employeeid", amal.getEmployeeNumber());
        PortalUser user = byNumber.portalUser(token(wrongEmail));

        assertThat(user.staffId()).isEqualTo(amal.getId());
        assertThat(staff.findById(amal.getId()).orElseThrow().getIdpSubject()).isEqualTo("oid-" + amal.getId());
        assertThat(staff.findById(other.getId()).orElseThrow().getIdpSubject()).isNull();

        Map<String, Object> later = claims("pairwise-2-" + amal.getId(), "changed@example.org");
        later.put("oid", "oid-" + amal.getId());
        assertThat(byNumber.portalUser(token(later)).staffId())
                .as("later sign-ins find the record by oid alone")
                .isEqualTo(amal.getId());

        Map<String, Object> noOid = claims("pairwise-3", amal.getWorkEmail());
        assertThatThrownBy(() -> byNumber.portalUser(token(noOid))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void aTokenWithClaimsLongerThanTheRecordHoldsIsRefusedOrFittedNeverAFault() {
        Map<String, Object> longSubject = claims("s".repeat(300), "nobody@trust.example");
        assertThatThrownBy(() -> signIn.portalUser(token(longSubject)))
                .isInstanceOf(OAuth2AuthenticationException.class);

        jdbc.update("delete from portal_milestone where name = ?", SetupMilestones.WORKFORCE_FROM_STAFF_LIST);
        String subject = "long-named-admin-" + System.nanoTime();
        Map<String, Object> longNames = claims(subject, "x".repeat(300) + "@trust.example");
        longNames.put("given_name", "G".repeat(500));
        longNames.put("family_name", "F".repeat(500));
        PortalUser admin = linkingBy("sub", "", subject).portalUser(token(longNames));

        Staff record = staff.findById(admin.staffId()).orElseThrow();
        assertThat(record.getFirstName()).hasSize(Staff.NAME_MAX);
        assertThat(record.getLastName()).hasSize(Staff.NAME_MAX);
        assertThat(record.getWorkEmail()).isNull();
    }

    @Test
    void workforceUnlinksASignInAndTheNextSignInIsLinkedAfresh() {
        Staff person = fixtures.newPerson("Una", "Relink");
        signIn.portalUser(token(claims("wrong-person-" + person.getId(), person.getWorkEmail())));
        assertThat(staff.findById(person.getId()).orElseThrow().getIdpSubject())
                .isEqualTo("wrong-person-" + person.getId());

        SignIn.as(DemoUsers.ADMIN, staff);
        staffService.unlinkSignIn(person.getId());
        SignIn.out();

        assertThat(staff.findById(person.getId()).orElseThrow().getIdpSubject()).isNull();
        assertThat(jdbc.queryForObject(
                        "select before_value from audit_event where action = 'STAFF_IDENTITY_UNLINKED' and entity_id = ?",
                        String.class,
                        Long.toString(person.getId())))
                .contains("wrong-person-" + person.getId());
        assertThat(signIn.portalUser(token(claims("right-person-" + person.getId(), person.getWorkEmail())))
                        .staffId())
                .isEqualTo(person.getId());
    }
}
