package uk.nhs.smartcardportal.collection;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.UkTime;

/** A session's run sheet as CSV (UTF-8 with a byte-order mark, so spreadsheets read names correctly). */
final class RunSheetCsv {

    private RunSheetCsv() {}

    static byte[] write(List<RunSheetLine> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Name",
                                "Employee number",
                                "Card number",
                                "Collection site",
                                "Status",
                                "Handed over at",
                                "Handed over by")
                        .get())) {
            for (RunSheetLine line : lines) {
                csv.printRecord(
                        CsvCells.safe(line.fullName()),
                        CsvCells.safe(line.employeeNumber()),
                        CsvCells.safe(line.serial()),
                        CsvCells.safe(line.siteName()),
                        line.status().label(),
                        line.isHandedOver() ? UkTime.dateTime(line.handedOverAt()) : "",
                        line.isHandedOver() ? CsvCells.safe(line.handedOverBy()) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
