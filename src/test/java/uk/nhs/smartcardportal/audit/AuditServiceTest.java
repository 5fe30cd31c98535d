package uk.nhs.smartcardportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.SignIn;

@IntegrationTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void recordsTheActorTheThingAndTheValuesBeforeAndAfter() {
        SignIn.as(9001L, "Ada Auditor", EnumSet.of(Role.STAFF, Role.WORKFORCE));
        transaction.executeWithoutResult(status -> audit.record(
                "SITE_RENAMED", "Site", 77, Map.of("name", "Old <b>name</b>"), Map.of("name", "O'Brien House")));

        var page = audit.page(new AuditFilter("ada", "renamed", "Site", "77", null, null), PageRequest.of(0, 10));

        assertThat(page).singleElement().satisfies(event -> {
            assertThat(event.getActorStaffId()).isEqualTo(9001L);
            assertThat(event.getActorName()).isEqualTo("Ada Auditor");
            assertThat(event.getAction()).isEqualTo("SITE_RENAMED");
            assertThat(event.getEntityId()).isEqualTo("77");
            assertThat(event.getBeforeValue()).isEqualTo("{\"name\":\"Old <b>name</b>\"}");
            assertThat(event.getAfterValue()).isEqualTo("{\"name\":\"O'Brien House\"}");
            assertThat(event.getOccurredAt()).isNotNull();
        });
    }

    @Test
    void anEventIsOnlyWrittenInsideTheTransactionOfTheChangeItDescribes() {
        assertThatThrownBy(() -> audit.record("LONELY", "Site", 1, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEvent() {
        SignIn.as(9002L, "Rolly Back", EnumSet.of(Role.STAFF, Role.WORKFORCE));
        transaction.executeWithoutResult(status -> {
            audit.record("ROLLED_BACK_CHANGE", "Site", 5, null, Map.of("x", 1));
            status.setRollbackOnly();
        });

        assertThat(audit.count(new AuditFilter(null, "ROLLED_BACK_CHANGE", null, null, null, null)))
                .isZero();
    }

    @Test
    void scheduledWorkIsRecordedAsTheSystem() {
        transaction.executeWithoutResult(status -> audit.record("NIGHTLY_JOB", "Site", 6, null, null));
        SignIn.as(9003L, "Reader", EnumSet.of(Role.STAFF, Role.WORKFORCE));

        assertThat(audit.page(new AuditFilter(null, "NIGHTLY_JOB", null, null, null, null), PageRequest.of(0, 5)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getActorName()).isEqualTo("System");
                    assertThat(event.getActorStaffId()).isNull();
                });
    }

    @Test
    void filtersByDayInUkTimeAndEscapesWildcards() {
        SignIn.as(9004L, "Date Filter", EnumSet.of(Role.STAFF, Role.WORKFORCE));
        transaction.executeWithoutResult(status -> audit.record("DATED_EVENT", "Site", 8, null, null));
        LocalDate today = LocalDate.now(uk.nhs.smartcardportal.base.UkTime.ZONE);

        assertThat(audit.count(new AuditFilter(null, "DATED_EVENT", null, null, today, today)))
                .isEqualTo(1);
        assertThat(audit.count(new AuditFilter(null, "DATED_EVENT", null, null, today.plusDays(1), null)))
                .isZero();
        assertThat(audit.count(new AuditFilter(null, "DATED_EVENT", null, null, null, today.minusDays(1))))
                .isZero();
        assertThat(audit.count(new AuditFilter("%", null, null, null, null, null)))
                .isZero();
    }

    @Test
    void onlyWorkforceMayReadTheTrail() {
        SignIn.as(9005L, "Nosy Starter", EnumSet.of(Role.STAFF, Role.MANAGER, Role.RECRUITMENT));

        assertThatThrownBy(() -> audit.page(AuditFilter.none(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
