package uk.nhs.smartcardportal.privacy;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.privacy.SubjectAccessScope.Part;
import uk.nhs.smartcardportal.privacy.SubjectAccessScope.Relation;
import uk.nhs.smartcardportal.security.CurrentUser;

/**
 * Everything the portal holds about one person, for a subject access request, as the tables of
 * {@link SubjectAccessScope} choose: what is about them in full, and what they did to others' records as the fact of
 * it. Rows are written to the file as the database returns them, so a busy colleague's file is never held whole.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class SubjectAccessService {

    private static final int ROWS_PER_FETCH = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json;

    SubjectAccessService(
            DataSource dataSource, AuditService audit, CurrentUser currentUser, Clock clock, JsonMapper json) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(ROWS_PER_FETCH);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The name of the person's file; refuses someone who is not on the staff list. */
    @Transactional(readOnly = true)
    public String fileName(long staffId) {
        return "subject-access-" + employeeNumber(staffId) + "-" + LocalDate.now(clock) + ".json";
    }

    /** Writes the person's file to {@code out} as JSON and records the export in the audit trail. */
    @Transactional
    public void export(long staffId, OutputStream out) {
        String employeeNumber = employeeNumber(staffId);
        Map<String, Object> id = new HashMap<>(Map.of("id", staffId, "idText", String.valueOf(staffId)));
        SubjectAccessScope.THEIR_RECORD_IDS.forEach((name, sql) -> id.put(name, idsAsText(sql, staffId)));
        Map<String, Integer> rowsPerTable = new LinkedHashMap<>();
        try (JsonGenerator file = json.createGenerator(out)) {
            file.writeStartObject();
            file.writeStringProperty(
                    "about",
                    "Everything the Smartcard Portal holds about this person, by table (records), and what they did to"
                            + " other people's records, as the fact of it (actions). Times are UTC.");
            file.writeStringProperty("employeeNumber", employeeNumber);
            file.writeStringProperty("exportedAt", clock.instant().toString());
            file.writeStringProperty("exportedBy", currentUser.require().displayName());
            for (Relation relation : Relation.values()) {
                file.writeName(relation == Relation.ABOUT_THEM ? "records" : "actions");
                file.writeStartObject();
                for (Part part : SubjectAccessScope.PARTS) {
                    if (part.relation() == relation) {
                        file.writeName(part.table());
                        file.writeStartArray();
                        int rows = writeRows(file, part, id);
                        file.writeEndArray();
                        rowsPerTable.merge(relation.name() + ":" + part.table(), rows, Integer::sum);
                    }
                }
                file.writeEndObject();
            }
            file.writeEndObject();
        }
        int rowCount =
                rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
        audit.record(
                "SUBJECT_ACCESS_EXPORTED",
                "Staff",
                staffId,
                null,
                Map.of(
                        "tables",
                        rowsPerTable.values().stream().filter(rows -> rows > 0).count(),
                        "rows",
                        rowCount));
    }

    private int writeRows(JsonGenerator file, Part part, Map<String, Object> id) {
        int[] count = {0};
        jdbc.query(part.sql(), id, (ResultSet row) -> {
            ResultSetMetaData columns = row.getMetaData();
            file.writeStartObject();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                file.writeName(columns.getColumnLabel(column));
                file.writePOJO(readable(row, column));
            }
            file.writeEndObject();
            count[0]++;
        });
        return count[0];
    }

    /** As text, for the audit trail's entity ids; never empty, as {@code in ()} is not SQL. */
    private List<String> idsAsText(String sql, long staffId) {
        List<String> ids = jdbc.queryForList(sql, Map.of("id", staffId), Long.class).stream()
                .map(String::valueOf)
                .toList();
        return ids.isEmpty() ? List.of("none") : ids;
    }

    private String employeeNumber(long staffId) {
        List<String> numbers = jdbc.queryForList(
                "select employee_number from staff where id = :id", Map.of("id", staffId), String.class);
        if (numbers.isEmpty()) {
            throw new RecordNotFoundException("The person");
        }
        return numbers.getFirst();
    }

    /** Times are stored as UTC wall-clock values; dates as dates. */
    private static @Nullable Object readable(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        return switch (value) {
            case Timestamp time -> time.toLocalDateTime() + "Z";
            case LocalDateTime time -> time + "Z";
            case java.sql.Date date -> date.toLocalDate().toString();
            case null, default -> value;
        };
    }
}
