package uk.nhs.smartcardportal.cards.custody;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.CsvExport;
import uk.nhs.smartcardportal.base.UkTime;

/** Cards in custody as CSV for a spreadsheet: formula-like cells kept as text. */
final class CustodyCsv {

    private CustodyCsv() {}

    static byte[] write(List<CustodyRow> rows, Clock clock) {
        return CsvExport.write(
                List.of(
                        "Card number",
                        "Name",
                        "Employee number",
                        "Status",
                        "Where",
                        "Collection site",
                        "Printed",
                        "Days since printing"),
                rows,
                row -> Arrays.asList(
                        CsvCells.safe(row.serial()),
                        CsvCells.safe(row.fullName()),
                        CsvCells.safe(row.employeeNumber()),
                        row.status().label(),
                        CsvCells.safe(row.location()),
                        CsvCells.safe(row.collectionSite()),
                        UkTime.date(row.printedAt()),
                        Duration.between(row.printedAt(), clock.instant()).toDays()));
    }
}
