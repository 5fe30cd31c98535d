package uk.nhs.smartcardportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class SubjectAccessServiceTest {

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theFileHoldsTheirRecordCardsRequestsSiteChangesBookingsAndAuditTrailAndNobodyElses() {
        CardFixtures.Starter starter = fixtures.cardAllocated("Sunita", "Subject", DemoUsers.AINTREE);
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), "Closer to the bus station");
        SignIn.as(DemoUsers.ADMIN, staff);

        SubjectAccessFile file = subjectAccess.export(starter.staffId());

        String text = new String(file.content(), StandardCharsets.UTF_8);
        JsonNode records = json.readTree(text).get("records");
        assertThat(file.fileName()).matches("subject-access-T\\d{6}-\\d+-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(records.get("staff").get(0).get("work_email").asString()).isEqualTo(starter.email());
        assertThat(idsOf(records.get("smartcard"))).containsExactly(starter.cardId());
        assertThat(records.get("card_request")).hasSize(1);
        assertThat(records.get("card_transition").size()).isGreaterThanOrEqualTo(4);
        assertThat(records.get("site_change_request").get(0).get("reason").asString())
                .isEqualTo("Closer to the bus station");
        assertThat(records.get("collection_session")).hasSize(1);
        assertThat(records.get("audit_event").size()).isGreaterThanOrEqualTo(2);
        assertThat(records.get("smartcard").get(0).get("status_changed_at").asString())
                .endsWith("Z");
        assertThat(text).doesNotContain(DemoUsers.STARTER.email(), DemoUsers.MANAGER.email());

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'SUBJECT_ACCESS_EXPORTED' "
                                + "and entity_id = ?",
                        Long.class,
                        String.valueOf(starter.staffId())))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoIsNotOnTheStaffListIsNotFound() {
        SignIn.as(DemoUsers.ADMIN, staff);
        assertThatThrownBy(() -> subjectAccess.export(987_654_321L)).isInstanceOf(RecordNotFoundException.class);
    }

    private static List<Long> idsOf(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> row.get("id").asLong())
                .toList();
    }
}
