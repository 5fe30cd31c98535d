package uk.nhs.smartcardportal.base.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.smartcardportal.base.PlainText;

/**
 * Reads an imported CSV file: UTF-8 (a byte-order mark is allowed), a header line naming the columns, then one record
 * per line. Every problem with the file as a whole or its header is reported by line and column.
 *
 * @param <K> the columns the import knows
 */
public final class CsvImportFile<K> {

    /** One line of the file, with its non-blank cells by column. */
    public record Row<K>(long line, Map<K, String> values) {

        public String get(K column) {
            return values.get(column);
        }
    }

    public record Contents<K>(List<Row<K>> rows, List<ImportProblem> problems) {}

    private final Function<String, Optional<K>> columnNamed;
    private final Function<K, String> headerOf;
    private final Collection<K> required;
    private final int maxRows;
    private final String whatToExport;

    /**
     * @param columnNamed  the column a header names, if any
     * @param headerOf     a column's header, as people should write it
     * @param required     the columns every file must have
     * @param maxRows      the most lines a file may hold
     * @param whatToExport what to export when the file is empty, e.g. "the starters from the recruitment system"
     */
    public CsvImportFile(
            Function<String, Optional<K>> columnNamed,
            Function<K, String> headerOf,
            Collection<K> required,
            int maxRows,
            String whatToExport) {
        this.columnNamed = columnNamed;
        this.headerOf = headerOf;
        this.required = required;
        this.maxRows = maxRows;
        this.whatToExport = whatToExport;
    }

    public Contents<K> read(byte[] file) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row<K>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader reader = utf8(file);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<K> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, problems);
                    if (!problems.isEmpty()) {
                        return new Contents<>(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() == maxRows) {
                    problems.add(new ImportProblem(
                            record.getRecordNumber(),
                            null,
                            "A file can hold at most " + maxRows + " lines. Split it and import each part."));
                    break;
                }
                rows.add(row(record, columns, problems));
            }
            if (columns == null) {
                problems.add(new ImportProblem(
                        1, null, "The file is empty. Export " + whatToExport + " as CSV, with a header line."));
            }
        } catch (UncheckedIOException | IOException e) {
            problems.add(new ImportProblem(
                    rows.size() + 2L,
                    null,
                    e.getCause() instanceof CharacterCodingException || e instanceof CharacterCodingException
                            ? "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."
                            : "The file could not be read as CSV: " + e.getMessage()));
        }
        return new Contents<>(rows, problems);
    }

    private static Reader utf8(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        return new InputStreamReader(
                new ByteArrayInputStream(file, start, file.length - start),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private List<K> header(CSVRecord record, List<ImportProblem> problems) {
        List<K> columns = new ArrayList<>();
        for (String name : record) {
            K column = columnNamed.apply(name).orElse(null);
            if (column == null && !name.isBlank()) {
                problems.add(new ImportProblem(
                        1,
                        name,
                        "This column is not one we know. Rename it to one of the "
                                + "documented columns, or remove it."));
            } else if (column != null && columns.contains(column)) {
                problems.add(new ImportProblem(1, name, "This column appears twice."));
            }
            columns.add(column);
        }
        for (K column : required) {
            if (!columns.contains(column)) {
                problems.add(new ImportProblem(1, headerOf.apply(column), "This column is needed and is missing."));
            }
        }
        return columns;
    }

    private Row<K> row(CSVRecord record, List<K> columns, List<ImportProblem> problems) {
        Map<K, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size() && i < record.size(); i++) {
            String value = record.get(i);
            if (columns.get(i) == null || value == null || value.isBlank()) {
                continue;
            }
            if (PlainText.isClean(value)) {
                values.put(columns.get(i), value.strip());
            } else {
                problems.add(new ImportProblem(
                        record.getRecordNumber(), headerOf.apply(columns.get(i)), "This cell " + PlainText.PROBLEM));
            }
        }
        return new Row<>(record.getRecordNumber(), values);
    }
}
