package uk.nhs.smartcardportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit trail shows values as a person reads them, not as the JSON they are kept in. */
class AuditValuesTest {

    @Test
    void valuesReadAsWordsWithNoneForAbsentOnes() {
        assertThat(AuditValues.readable("{\"status\":\"PRINTED\",\"custodySiteId\":1,\"reorderLevel\":null,"
                        + "\"cards\":[\"100000000001\",\"100000000002\"]}"))
                .isEqualTo("Status: PRINTED · Custody site id: 1 · Reorder level: none · Cards: 100000000001, "
                        + "100000000002");
        assertThat(AuditValues.readable(null)).isEmpty();
        assertThat(AuditValues.readable("not json {")).isEqualTo("not json {");
    }
}
