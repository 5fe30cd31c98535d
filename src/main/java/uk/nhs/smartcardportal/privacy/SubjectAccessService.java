package uk.nhs.smartcardportal.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.security.CurrentUser;

/**
 * Everything the portal holds about one person, for a subject access request: their staff record and every row of
 * every table that points at them (found from the schema, so a table added later is included without changing this
 * class), the history of their cards, the sessions they were booked onto, and the audit trail about them or by them.
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class SubjectAccessService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JsonMapper json;

    SubjectAccessService(
            NamedParameterJdbcTemplate jdbc,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Transactional
    public SubjectAccessFile export(long staffId) {
        Map<String, Object> id = Map.of("id", staffId);
        List<Map<String, Object>> person = rows("select * from staff where id = :id", id);
        if (person.isEmpty()) {
            throw new RecordNotFoundException("The person");
        }
        Map<String, Set<Map<String, Object>>> records = new TreeMap<>();
        records.computeIfAbsent("staff", table -> new LinkedHashSet<>()).addAll(person);
        for (Map<String, Object> link : jdbc.getJdbcTemplate()
                .queryForList("select table_name, column_name from "
                        + "information_schema.columns where table_schema = database() and (column_name = 'staff_id' "
                        + "or column_name like '%\\_staff\\_id') order by table_name, column_name")) {
            String table = (String) link.get("table_name");
            String column = (String) link.get("column_name");
            add(records, table, rows("select * from `" + table + "` where `" + column + "` = :id", id));
        }
        List<Object> cardIds = idsIn(records, "smartcard", "id");
        List<Object> requestIds = idsIn(records, "card_request", "id");
        List<Object> siteChangeIds = idsIn(records, "site_change_request", "id");
        if (!cardIds.isEmpty()) {
            add(
                    records,
                    "card_transition",
                    rows("select * from card_transition where card_id in (:ids)", Map.of("ids", cardIds)));
        }
        List<Object> sessionIds = idsIn(records, "smartcard", "session_id");
        if (!sessionIds.isEmpty()) {
            add(
                    records,
                    "collection_session",
                    rows("select * from collection_session where id in (:ids)", Map.of("ids", sessionIds)));
        }
        add(records, "audit_event", auditAbout("Staff", List.of(staffId)));
        add(records, "audit_event", auditAbout("Smartcard", cardIds));
        add(records, "audit_event", auditAbout("CardRequest", requestIds));
        add(records, "audit_event", auditAbout("SiteChangeRequest", siteChangeIds));

        int rowCount = records.values().stream().mapToInt(Set::size).sum();
        audit.record(
                "SUBJECT_ACCESS_EXPORTED", "Staff", staffId, null, Map.of("tables", records.size(), "rows", rowCount));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("about", "Everything the Smartcard Portal holds about this person, by table. Times are UTC.");
        document.put("employeeNumber", person.getFirst().get("employee_number"));
        document.put("exportedAt", clock.instant().toString());
        document.put("exportedBy", currentUser.require().displayName());
        document.put("records", records);
        return new SubjectAccessFile(
                "subject-access-" + person.getFirst().get("employee_number") + "-" + LocalDate.now(clock) + ".json",
                json.writeValueAsBytes(document));
    }

    private List<Map<String, Object>> auditAbout(String entityType, Collection<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows(
                "select * from audit_event where entity_type = :type and entity_id in (:ids)",
                Map.of(
                        "type",
                        entityType,
                        "ids",
                        ids.stream().map(Object::toString).toList()));
    }

    private List<Map<String, Object>> rows(String sql, Map<String, ?> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, parameters)) {
            Map<String, Object> readable = new LinkedHashMap<>();
            row.forEach((column, value) -> readable.put(column, readable(value)));
            rows.add(readable);
        }
        return rows;
    }

    /** Times are stored as UTC wall-clock values; dates as dates. */
    private static Object readable(Object value) {
        return switch (value) {
            case Timestamp time -> time.toLocalDateTime() + "Z";
            case LocalDateTime time -> time + "Z";
            case java.sql.Date date -> date.toLocalDate().toString();
            case null, default -> value;
        };
    }

    private static void add(
            Map<String, Set<Map<String, Object>>> records, String table, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            records.computeIfAbsent(table, name -> new LinkedHashSet<>()).addAll(rows);
        }
    }

    private static List<Object> idsIn(Map<String, Set<Map<String, Object>>> records, String table, String column) {
        return records.getOrDefault(table, Set.of()).stream()
                .map(row -> row.get(column))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }
}
