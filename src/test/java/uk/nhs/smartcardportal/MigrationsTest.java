package uk.nhs.smartcardportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test database starts empty on every run, so the context starting at all proves that Liquibase builds the
 * schema from nothing and that Hibernate's validation ({@code ddl-auto=validate}) accepts it.
 */
@IntegrationTest
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void liquibaseAppliedEveryChangesetToMariaDb() {
        String version = jdbc.queryForObject("SELECT VERSION()", String.class);
        assertThat(version).containsIgnoringCase("mariadb");

        List<String> applied =
                jdbc.queryForList("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED", String.class);
        assertThat(applied)
                .startsWith("001-create-site", "002-create-staff", "003-create-role-grant", "004-create-audit-event");
    }

    @Test
    void theBaseTablesExist() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        assertThat(tables).contains("site", "staff", "role_grant", "audit_event");
    }

    @Test
    void hibernateIsNotAllowedToChangeTheSchema(@Autowired org.springframework.core.env.Environment env) {
        assertThat(env.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        assertThat(env.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }
}
