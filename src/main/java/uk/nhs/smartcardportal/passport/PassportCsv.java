package uk.nhs.smartcardportal.passport;

import java.util.Arrays;
import java.util.List;
import uk.nhs.smartcardportal.base.CsvCells;
import uk.nhs.smartcardportal.base.CsvExport;
import uk.nhs.smartcardportal.base.UkTime;

/** Passport answers as CSV for a spreadsheet: formula-like cells kept as text. */
final class PassportCsv {

    private PassportCsv() {}

    static byte[] write(List<PassportRow> rows) {
        return CsvExport.write(
                List.of(
                        "Employee number",
                        "Name",
                        "Staff group",
                        "Answer",
                        "Things to do",
                        "Expiring within 30 days",
                        "Next expiry",
                        "Worked out on"),
                rows,
                row -> Arrays.asList(
                        CsvCells.safe(row.employeeNumber()),
                        CsvCells.safe(row.name()),
                        CsvCells.safe(row.staffGroup()),
                        row.outcome() == null
                                ? "Not yet worked out"
                                : row.outcome().label(),
                        row.toDo(),
                        row.warnings(),
                        row.nextExpiry() == null ? "" : UkTime.DATE.format(row.nextExpiry()),
                        row.assessedOn() == null ? "" : UkTime.DATE.format(row.assessedOn())));
    }
}
