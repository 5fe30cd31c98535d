package uk.nhs.smartcardportal.starters;

import java.util.EnumSet;
import java.util.Set;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;

/** The two files of people the portal imports, with the columns each may have and needs. */
public enum PeopleFile {
    STARTERS(
            EnumSet.complementOf(
                    EnumSet.of(PersonColumn.CHANGES_FROM, PersonColumn.LEAVING_DATE, PersonColumn.LEAVING_TO)),
            EnumSet.of(
                    PersonColumn.EMPLOYEE_NUMBER,
                    PersonColumn.FIRST_NAME,
                    PersonColumn.LAST_NAME,
                    PersonColumn.START_DATE),
            20_000,
            10,
            "the starters from the recruitment system"),
    STAFF_LIST(
            EnumSet.complementOf(EnumSet.of(PersonColumn.CARD_NEEDED, PersonColumn.CARD_REASON)),
            EnumSet.of(PersonColumn.EMPLOYEE_NUMBER, PersonColumn.FIRST_NAME, PersonColumn.LAST_NAME),
            100_000,
            40,
            "the staff list from ESR");

    private final Set<PersonColumn> columns;
    private final Set<PersonColumn> required;
    private final int maxRows;
    private final int maxMegabytes;
    private final CsvImportFile<PersonColumn> reader;

    PeopleFile(
            Set<PersonColumn> columns, Set<PersonColumn> required, int maxRows, int maxMegabytes, String whatToExport) {
        this.columns = columns;
        this.required = required;
        this.maxRows = maxRows;
        this.maxMegabytes = maxMegabytes;
        this.reader = new CsvImportFile<>(
                header -> PersonColumn.fromHeader(header).filter(columns::contains),
                PersonColumn::header,
                required,
                maxRows,
                whatToExport);
    }

    /** The columns the file may have, in the order the documentation lists them. */
    public Set<PersonColumn> columns() {
        return EnumSet.copyOf(columns);
    }

    public boolean requires(PersonColumn column) {
        return required.contains(column);
    }

    public int maxRows() {
        return maxRows;
    }

    public int maxBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    CsvImportFile.Contents<PersonColumn> read(byte[] file) {
        return reader.read(file);
    }
}
