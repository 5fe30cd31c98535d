package uk.nhs.smartcardportal.setup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Test helper: the shared portal made "not set up" for a test, and set up again afterwards. */
@Component
public class PortalNotSetUp {

    private final JdbcTemplate jdbc;
    private final SetupService setup;

    PortalNotSetUp(JdbcTemplate jdbc, SetupService setup) {
        this.jdbc = jdbc;
        this.setup = setup;
    }

    public void begin() {
        jdbc.update(
                "delete from portal_milestone where name in (?, ?)",
                SetupService.READY,
                SetupService.CONTACT_AND_FAQ_CHECKED);
        setup.forgetReadiness();
    }

    public void end() {
        for (String milestone : new String[] {SetupService.CONTACT_AND_FAQ_CHECKED, SetupService.READY}) {
            jdbc.update("insert ignore into portal_milestone (name, reached_at) values (?, now(3))", milestone);
        }
        setup.forgetReadiness();
    }
}
