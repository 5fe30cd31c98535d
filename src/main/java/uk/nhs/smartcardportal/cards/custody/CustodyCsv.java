package uk.nhs.smartcardportal.cards.custody;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.UkTime;

/** Cards in custody as CSV for a spreadsheet: formula-like cells kept as text. */
final class CustodyCsv {

    private CustodyCsv() {}

    static byte[] write(List<CustodyRow> rows, Clock clock) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Card number",
                                "Name",
                                "Employee number",
                                "Status",
                                "Where",
                                "Collection site",
                                "Printed",
                                "Days since printing")
                        .get())) {
            for (CustodyRow row : rows) {
                csv.printRecord(
                        CsvCells.safe(row.serial()),
                        CsvCells.safe(row.fullName()),
                        CsvCells.safe(row.employeeNumber()),
                        row.status().label(),
                        CsvCells.safe(row.location()),
                        CsvCells.safe(row.collectionSite()),
                        UkTime.date(row.printedAt()),
                        Duration.between(row.printedAt(), clock.instant()).toDays());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
