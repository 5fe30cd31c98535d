package uk.nhs.smartcardportal.base;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list as a CSV file for a spreadsheet: UTF-8 with a byte-order mark, so spreadsheets read names correctly.
 * Text that people typed goes through {@link CsvCells#safe}, so a cell that would start a formula stays text.
 */
public final class CsvExport {

    private CsvExport() {}

    public static <T> byte[] write(List<String> header, List<T> rows, Function<T, List<?>> cells) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (T row : rows) {
                csv.printRecord(cells.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
