package uk.nhs.smartcardportal.setup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.PortalUser;

/**
 * Whether the portal is set up for starters, and what is left. Once every step is done the portal is ready for
 * good: taking a step back later (a site closes) does not lock starters out again.
 */
@Service
public class SetupService {

    public static final String READY = "PORTAL_READY";
    public static final String CONTACT_AND_FAQ_CHECKED = "CONTACT_AND_FAQ_CHECKED";

    private final JdbcTemplate jdbc;
    private final SetupMilestones milestones;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final PortalProperties portal;
    private final AtomicBoolean ready = new AtomicBoolean();

    SetupService(
            JdbcTemplate jdbc,
            SetupMilestones milestones,
            AuditService audit,
            CurrentUser currentUser,
            PortalProperties portal) {
        this.jdbc = jdbc;
        this.milestones = milestones;
        this.audit = audit;
        this.currentUser = currentUser;
        this.portal = portal;
    }

    /** Each step and whether it is done; when all are, the portal becomes ready. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public SetupChecklist checklist() {
        Set<SetupStep> done = EnumSet.noneOf(SetupStep.class);
        if (count("select count(*) from site where kind = 'STORE' and active") > 0
                && count("select count(*) from site where kind = 'HOSPITAL' and active") > 0) {
            done.add(SetupStep.SITES);
        }
        if (count("select count(*) from staff where origin = 'STAFF_LIST'") > 0) {
            done.add(SetupStep.STAFF_LIST);
        }
        if (count("select count(*) from card_request where origin = 'HELD_BEFORE'") > 0) {
            done.add(SetupStep.CARD_HOLDERS);
        }
        if (milestones.isReached(CONTACT_AND_FAQ_CHECKED)) {
            done.add(SetupStep.CONTACT_AND_FAQ);
        }
        if (count("select count(*) from stock_movement") > 0) {
            done.add(SetupStep.STOCK);
        }
        if (count("select count(*) from collection_session") > 0) {
            done.add(SetupStep.FIRST_SESSIONS);
        }
        List<SetupChecklist.Item> items = new ArrayList<>();
        for (SetupStep step : SetupStep.values()) {
            items.add(new SetupChecklist.Item(step, done.contains(step)));
        }
        SetupChecklist checklist = new SetupChecklist(items);
        if (checklist.isComplete()
                && milestones.reach(
                        READY, currentUser.get().map(PortalUser::staffId).orElse(null))) {
            audit.record("PORTAL_READY", "Portal", null, null, Map.of("steps", SetupStep.values().length));
            ready.set(true);
        }
        return checklist;
    }

    /** The Workforce Systems Team says the contact details and the FAQ's wording are right for the trust. */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void confirmContactAndFaq() {
        if (milestones.reach(
                CONTACT_AND_FAQ_CHECKED,
                currentUser.get().map(PortalUser::staffId).orElse(null))) {
            audit.record(
                    "CONTACT_AND_FAQ_CHECKED",
                    "Portal",
                    null,
                    null,
                    Map.of("supportTeam", portal.supportTeam(), "supportEmail", portal.supportEmail()));
        }
    }

    /** Whether starters can use the portal; for the gate every page passes, so it is remembered once true. */
    @Transactional(readOnly = true)
    public boolean isReady() {
        if (ready.get()) {
            return true;
        }
        boolean reached = milestones.isReached(READY);
        if (reached) {
            ready.set(true);
        }
        return reached;
    }

    /** Forgets what {@link #isReady()} remembered, so that it reads the milestone again (for tests of the gate). */
    void forgetReadiness() {
        ready.set(false);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
