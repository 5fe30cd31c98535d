package uk.nhs.smartcardportal.base;

/** Cells for CSV files people open in a spreadsheet: a value that would start a formula is kept as text. */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
