package uk.nhs.smartcardportal.starters;

import java.util.stream.Stream;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;

/** Reads a starters file: a header line naming the columns, then one person per line. UTF-8, comma-separated. */
final class StarterCsvReader {

    static final int MAX_ROWS = 20_000;
    private static final CsvImportFile<StarterColumn> FILE = new CsvImportFile<>(
            StarterColumn::fromHeader,
            StarterColumn::header,
            Stream.of(StarterColumn.values()).filter(StarterColumn::required).toList(),
            MAX_ROWS,
            "the starters from the recruitment system");

    private StarterCsvReader() {}

    static CsvImportFile.Contents<StarterColumn> read(byte[] file) {
        return FILE.read(file);
    }
}
