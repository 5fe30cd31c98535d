package uk.nhs.smartcardportal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.cards.CardStatus;

class RunSheetCsvTest {

    @Test
    void writesAHeaderAndOneLinePerCardWithFormulaCellsKeptAsText() {
        byte[] csv = RunSheetCsv.write(List.of(
                new RunSheetLine(
                        1L,
                        0L,
                        "Siân",
                        "O'Brien, Jr",
                        "E1",
                        "100000000001",
                        "Aintree",
                        CardStatus.ALLOCATED,
                        null,
                        null),
                new RunSheetLine(
                        2L,
                        0L,
                        "=HYPERLINK(\"x\")",
                        "Smith",
                        "@E2",
                        "100000000002",
                        "Aintree",
                        CardStatus.AT_SESSION,
                        null,
                        null),
                new RunSheetLine(
                        3L,
                        0L,
                        "Ada",
                        "Lovelace",
                        "E3",
                        "100000000003",
                        "Aintree",
                        CardStatus.COLLECTED,
                        "Dave Jones",
                        java.time.Instant.parse("2027-06-01T09:12:00Z"))));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFName,Employee number,Card number,Collection site,Status,Handed over at,"
                        + "Handed over by\r\n");
        assertThat(text).contains("\"Siân O'Brien, Jr\",E1,100000000001,Aintree,Booked onto a collection session,,");
        assertThat(text).contains("Ada Lovelace,E3,100000000003,Aintree,Collected,\"1 Jun 2027, 10:12\",Dave Jones");
        assertThat(text)
                .contains("\"'=HYPERLINK(\"\"x\"\") Smith\",'@E2,100000000002,Aintree," + "At the collection session");
    }
}
