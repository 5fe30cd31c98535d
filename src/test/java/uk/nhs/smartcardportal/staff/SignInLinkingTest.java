package uk.nhs.smartcardportal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;

@IntegrationTest
class SignInLinkingTest {

    @Autowired
    StaffService staffService;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private Staff newPerson(String number, String email) {
        return transaction.execute(status -> staff.save(new Staff(number, "Test", "Person " + number, email)));
    }

    @Test
    void aVerifiedEmailLinksTheSubjectOnceAndTheSubjectMatchesAfterwards() {
        Staff person = newPerson("T-LINK-1", "link.one@nhs.example");

        assertThat(staffService.linkSignIn("subject-link-1", "LINK.ONE@nhs.example", true))
                .hasValueSatisfying(signedIn -> assertThat(signedIn.id()).isEqualTo(person.getId()));
        assertThat(staff.findById(person.getId()).orElseThrow().getIdpSubject()).isEqualTo("subject-link-1");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'STAFF_IDENTITY_LINKED' "
                                + "AND entity_id = ?",
                        Integer.class,
                        person.getId().toString()))
                .isEqualTo(1);

        assertThat(staffService.linkSignIn("subject-link-1", "changed.address@nhs.example", false))
                .hasValueSatisfying(signedIn -> assertThat(signedIn.id()).isEqualTo(person.getId()));
    }

    @Test
    void anUnverifiedEmailDoesNotLink() {
        Staff person = newPerson("T-LINK-2", "link.two@nhs.example");

        assertThat(staffService.linkSignIn("subject-link-2", "link.two@nhs.example", false))
                .isEmpty();
        assertThat(staff.findById(person.getId()).orElseThrow().getIdpSubject()).isNull();
    }

    @Test
    void aRecordLinkedToAnotherIdentityIsNeverTakenOver() {
        newPerson("T-LINK-3", "link.three@nhs.example");
        assertThat(staffService.linkSignIn("subject-link-3", "link.three@nhs.example", true))
                .isPresent();

        assertThat(staffService.linkSignIn("someone-else", "link.three@nhs.example", true))
                .isEmpty();
    }

    @Test
    void someoneWithNoStaffRecordIsNotLinked() {
        assertThat(staffService.linkSignIn("nobody", "nobody@nhs.example", true))
                .isEmpty();
        assertThat(staffService.linkSignIn("nobody", null, true)).isEmpty();
    }
}
