package uk.nhs.smartcardportal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSheetCsvTest {

    @Test
    void writesAHeaderAndOneLinePerCardWithFormulaCellsKeptAsText() {
        byte[] csv = RunSheetCsv.write(List.of(
                new RunSheetLine(1L, 0L, "Siân", "O'Brien, Jr", "E1", "100000000001", "Aintree", CardStatus.ALLOCATED),
                new RunSheetLine(2L, 0L, "=HYPERLINK(\"x\")", "Smith", "@E2", "100000000002", "Aintree",
                        CardStatus.AT_SESSION)));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFName,Employee number,Card number,Collection site,Status\r\n");
        assertThat(text).contains("\"Siân O'Brien, Jr\",E1,100000000001,Aintree,Booked onto a collection session");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\") Smith\",'@E2,100000000002,Aintree,"
                + "At the collection session");
    }
}
