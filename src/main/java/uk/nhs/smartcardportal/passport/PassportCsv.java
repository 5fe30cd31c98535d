package uk.nhs.smartcardportal.passport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.UkTime;

/** Passport answers as CSV for a spreadsheet: formula-like cells kept as text. */
final class PassportCsv {

    private PassportCsv() {}

    static byte[] write(List<PassportRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "Employee number",
                                "Name",
                                "Staff group",
                                "Answer",
                                "Things to do",
                                "Expiring within 30 days",
                                "Next expiry",
                                "Worked out on")
                        .get())) {
            for (PassportRow row : rows) {
                csv.printRecord(
                        CsvCells.safe(row.employeeNumber()),
                        CsvCells.safe(row.name()),
                        CsvCells.safe(row.staffGroup()),
                        row.outcome() == null
                                ? "Not yet worked out"
                                : row.outcome().label(),
                        row.toDo(),
                        row.warnings(),
                        row.nextExpiry() == null ? "" : UkTime.DATE.format(row.nextExpiry()),
                        row.assessedOn() == null ? "" : UkTime.DATE.format(row.assessedOn()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
