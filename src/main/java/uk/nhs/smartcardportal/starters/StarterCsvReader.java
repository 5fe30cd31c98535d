package uk.nhs.smartcardportal.starters;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a starters file: a header line naming the columns, then one person per line. UTF-8, comma-separated. */
final class StarterCsvReader {

    static final int MAX_ROWS = 20_000;

    record Row(long line, Map<StarterColumn, String> values) {

        String get(StarterColumn column) {
            return values.get(column);
        }
    }

    record Contents(List<Row> rows, List<ImportProblem> problems) {
    }

    private StarterCsvReader() {
    }

    static Contents read(byte[] file) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = utf8(file); CSVParser parser = CSVParser.parse(reader, format)) {
            List<StarterColumn> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, problems);
                    if (!problems.isEmpty()) {
                        return new Contents(List.of(), problems);
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    problems.add(new ImportProblem(record.getRecordNumber(), null, "A file can hold at most "
                            + MAX_ROWS + " people. Split it and import each part."));
                    break;
                }
                rows.add(row(record, columns));
            }
            if (columns == null) {
                problems.add(new ImportProblem(1, null, "The file is empty. Export the starters from the "
                        + "recruitment system as CSV, with a header line."));
            }
        } catch (UncheckedIOException | IOException e) {
            problems.add(new ImportProblem(rows.size() + 2L, null, e.getCause() instanceof CharacterCodingException
                    || e instanceof CharacterCodingException
                    ? "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."
                    : "The file could not be read as CSV: " + e.getMessage()));
        }
        return new Contents(rows, problems);
    }

    private static Reader utf8(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB
                && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(file, start, file.length - start),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static List<StarterColumn> header(CSVRecord record, List<ImportProblem> problems) {
        List<StarterColumn> columns = new ArrayList<>();
        for (String name : record) {
            StarterColumn column = StarterColumn.fromHeader(name).orElse(null);
            if (column == null && !name.isBlank()) {
                problems.add(new ImportProblem(1, name, "This column is not one we know. Rename it to one of the "
                        + "documented columns, or remove it."));
            } else if (column != null && columns.contains(column)) {
                problems.add(new ImportProblem(1, name, "This column appears twice."));
            }
            columns.add(column);
        }
        for (StarterColumn column : StarterColumn.values()) {
            if (column.required() && !columns.contains(column)) {
                problems.add(new ImportProblem(1, column.header(), "This column is needed and is missing."));
            }
        }
        return columns;
    }

    private static Row row(CSVRecord record, List<StarterColumn> columns) {
        Map<StarterColumn, String> values = new EnumMap<>(StarterColumn.class);
        for (int i = 0; i < columns.size() && i < record.size(); i++) {
            String value = record.get(i);
            if (columns.get(i) != null && value != null && !value.isBlank()) {
                values.put(columns.get(i), value.strip());
            }
        }
        return new Row(record.getRecordNumber(), values);
    }
}
