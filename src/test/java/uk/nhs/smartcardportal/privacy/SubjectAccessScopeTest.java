package uk.nhs.smartcardportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.privacy.SubjectAccessScope.Part;
import uk.nhs.smartcardportal.privacy.SubjectAccessScope.Relation;

/**
 * The subject access scope against the schema Liquibase made: a table or a column that names a person cannot be added
 * without deciding whether and how it goes into a subject access file.
 */
@IntegrationTest
class SubjectAccessScopeTest {

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Set<String>> schema() {
        return jdbc
                .queryForList("select lower(table_name) t, lower(column_name) c from information_schema.columns"
                        + " where table_schema = database()")
                .stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row.get("t"),
                        Collectors.mapping(row -> (String) row.get("c"), Collectors.toSet())));
    }

    @Test
    void everyTableIsEitherInTheScopeOrAboutNoOnePerson() {
        Set<String> placed = new HashSet<>(SubjectAccessScope.NOT_ABOUT_ANYONE.keySet());
        SubjectAccessScope.PARTS.forEach(part -> placed.add(part.table()));

        assertThat(new TreeSet<>(schema().keySet())).isSubsetOf(placed);
        assertThat(schema().keySet()).containsAll(placed);
    }

    @Test
    void everyColumnOfATableAboutThePersonIsExportedOrWithheldOnPurpose() {
        Map<String, Set<String>> schema = schema();
        Set<String> unplaced = new TreeSet<>();
        for (Part part : about()) {
            for (String column : schema.get(part.table())) {
                String name = part.table() + "." + column;
                if (!part.columns().contains(column) && !SubjectAccessScope.WITHHELD.containsKey(name)) {
                    unplaced.add(name);
                }
            }
            assertThat(schema.get(part.table())).as(part.table()).containsAll(part.columns());
        }
        assertThat(unplaced).isEmpty();
    }

    @Test
    void whatTheyDidIsOnlyTheFactOfItNeverTheValues() {
        Set<String> facts = Set.of(
                "id",
                "occurred_at",
                "action",
                "entity_type",
                "entity_id",
                "card_id",
                "from_status",
                "to_status",
                "holding_id",
                "kind",
                "quantity",
                "staff_id",
                "origin",
                "requested_at");
        for (Part part : SubjectAccessScope.PARTS) {
            if (part.relation() == Relation.WHAT_THEY_DID) {
                assertThat(facts).as(part.table()).containsAll(part.columns());
                assertThat(schema().get(part.table())).as(part.table()).containsAll(part.columns());
            }
        }
    }

    @Test
    void everyColumnThatHoldsAPersonsIdLinksThemOrIsSaidNotTo() {
        Set<String> links = new HashSet<>(SubjectAccessScope.NOT_LINKS.keySet());
        SubjectAccessScope.PARTS.forEach(part -> links.add(part.table() + "." + part.link()));
        Set<String> personColumns = new TreeSet<>();
        schema().forEach((table, columns) -> columns.stream()
                .filter(column ->
                        column.equals("staff_id") || column.endsWith("_staff_id") || column.equals("line_manager_id"))
                .forEach(column -> personColumns.add(table + "." + column)));

        assertThat(personColumns).isNotEmpty().isSubsetOf(links);
    }

    private static List<Part> about() {
        return SubjectAccessScope.PARTS.stream()
                .filter(part -> part.relation() == Relation.ABOUT_THEM)
                .toList();
    }
}
