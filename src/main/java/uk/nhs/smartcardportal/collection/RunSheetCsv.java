package uk.nhs.smartcardportal.collection;

import java.util.Arrays;
import java.util.List;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.CsvExport;
import uk.nhs.smartcardportal.base.UkTime;

/** A session's run sheet as CSV (UTF-8 with a byte-order mark, so spreadsheets read names correctly). */
final class RunSheetCsv {

    private RunSheetCsv() {}

    static byte[] write(List<RunSheetLine> lines) {
        return CsvExport.write(
                List.of(
                        "Name",
                        "Employee number",
                        "Card number",
                        "Collection site",
                        "Status",
                        "Handed over at",
                        "Handed over by"),
                lines,
                line -> Arrays.asList(
                        CsvCells.safe(line.fullName()),
                        CsvCells.safe(line.employeeNumber()),
                        CsvCells.safe(line.serial()),
                        CsvCells.safe(line.siteName()),
                        line.status().label(),
                        line.isHandedOver() ? UkTime.dateTime(line.handedOverAt()) : "",
                        line.isHandedOver() ? CsvCells.safe(line.handedOverBy()) : ""));
    }
}
