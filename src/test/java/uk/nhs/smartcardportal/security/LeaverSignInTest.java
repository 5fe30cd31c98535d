package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.staff.Staff;

@IntegrationTest
class LeaverSignInTest {

    @Autowired
    PortalOidcUserService signIn;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private PortalUser signInAs(Staff person) {
        Map<String, Object> claims =
                Map.of("sub", "leaver-" + person.getId(), "email", person.getWorkEmail(), "email_verified", true);
        return signIn.portalUser(new DefaultOidcUser(
                List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims)));
    }

    @Test
    void aLeaverWhoseRecordHasEndedSignsInAsNoOneWithNoRole() {
        Staff person = fixtures.newPerson("Quin", "Gone");
        assertThat(signInAs(person).hasStaffRecord()).isTrue();

        jdbc.update("update staff set record_ended_at = ? where id = ?", Instant.now(), person.getId());
        PortalUser leaver = signInAs(person);

        assertThat(leaver.recordEnded()).isTrue();
        assertThat(leaver.hasStaffRecord()).isFalse();
        assertThat(leaver.roles()).isEmpty();
        assertThat(leaver.getAuthorities()).isEmpty();
    }
}
