package uk.nhs.smartcardportal.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InvalidInputException;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.SetupMilestones;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffOrigin;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Roles granted locally by the Workforce Systems Team, each until a date and for a reason, never by a person to
 * themselves. STAFF is never granted: every linked person has it.
 */
@Service
public class RoleGrantService {

    /** The longest a grant runs before someone must decide again that the person still needs it. */
    static final int LONGEST_GRANT_YEARS = 2;

    /** How long a first administrator's Workforce role lasts, by when the trust has its own from the staff list. */
    static final int FIRST_ADMINISTRATOR_MONTHS = 12;

    private final RoleGrantRepository grants;
    private final ProviderRolesRepository providerRoles;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StaffService staff;
    private final SetupMilestones milestones;

    RoleGrantService(
            RoleGrantRepository grants,
            ProviderRolesRepository providerRoles,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            StaffService staff,
            SetupMilestones milestones) {
        this.providerRoles = providerRoles;
        this.staff = staff;
        this.milestones = milestones;
        this.grants = grants;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The grants in force today; used at sign-in and when a session's roles are checked again, not for views. */
    @Transactional(readOnly = true)
    Set<Role> rolesGrantedTo(Long staffId) {
        LocalDate today = today();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.findByStaffId(staffId).stream()
                .filter(grant -> grant.inForceOn(today))
                .forEach(grant -> roles.add(grant.getRole()));
        return roles;
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public Set<Role> grantedRoles(long staffId) {
        return rolesGrantedTo(staffId);
    }

    /**
     * Every role the person holds and where it comes from: Staff from their record (none once it has ended), the
     * provider's roles as at their last sign-in, and the portal's grants in force.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional(readOnly = true)
    public List<EffectiveRole> effectiveRoles(long staffId) {
        List<EffectiveRole> roles = new ArrayList<>();
        Staff person = staff.find(staffId).orElse(null);
        if (person == null || person.hasEnded()) {
            return roles;
        }
        roles.add(new EffectiveRole(
                Role.STAFF, EffectiveRole.Source.STAFF_RECORD, "Everyone with a staff record", false));
        providerRoles
                .findById(staffId)
                .ifPresent(seen -> seen.roles().stream()
                        .filter(role -> role != Role.STAFF)
                        .forEach(role -> roles.add(new EffectiveRole(
                                role,
                                EffectiveRole.Source.SIGN_IN_PROVIDER,
                                "As the provider said at their last sign-in, " + UkTime.dateTime(seen.seenAt()),
                                false))));
        LocalDate today = today();
        grants.findByStaffId(staffId).stream()
                .filter(grant -> grant.inForceOn(today))
                .forEach(grant -> roles.add(new EffectiveRole(
                        grant.getRole(),
                        EffectiveRole.Source.PORTAL_GRANT,
                        "By " + grant.getGrantedBy() + " on " + UkTime.date(grant.getGrantedAt()) + ", until "
                                + UkTime.date(grant.getEndsOn()) + ": " + grant.getReason(),
                        true)));
        return roles;
    }

    /**
     * Grants the role until the end of the given day, for the reason given. Nobody grants a role to themselves: a
     * second member of the team must. Granting a role held already renews it on the new terms.
     */
    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void grant(long staffId, Role role, LocalDate until, String reason) {
        requireGrantable(role);
        if (Objects.equals(currentUser.require().staffId(), staffId)) {
            throw new RuleViolationException(
                    "You cannot grant a role to yourself. Ask another member of the Workforce Systems Team.");
        }
        String why = requireTerms(until, reason);
        Staff person = staff.find(staffId).orElseThrow(() -> new RecordNotFoundException("staff record"));
        if (person.hasEnded()) {
            throw new RuleViolationException("This person's staff record has ended, so they cannot be given a role.");
        }
        record(staffId, role, new RoleGrant.Terms(currentUser.require().displayName(), clock.instant(), until, why));
        if (role == Role.WORKFORCE && person.getOrigin() == StaffOrigin.STAFF_LIST) {
            milestones.reach(SetupMilestones.WORKFORCE_FROM_STAFF_LIST, staffId);
        }
    }

    private String requireTerms(LocalDate until, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = today();
        if (until == null) {
            problems.put("until", "Enter the date the role ends.");
        } else if (until.isBefore(today)) {
            problems.put("until", "The end date must be today or later.");
        } else if (until.isAfter(today.plusYears(LONGEST_GRANT_YEARS))) {
            problems.put(
                    "until",
                    "A role is granted for at most " + LONGEST_GRANT_YEARS
                            + " years at a time. Choose an end date on or before "
                            + UkTime.date(today.plusYears(LONGEST_GRANT_YEARS)) + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.put("reason", "Say why the person needs this role.");
        } else if (why.length() > RoleGrant.REASON_MAX) {
            problems.put("reason", "Keep the reason to " + RoleGrant.REASON_MAX + " characters or fewer.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return why;
    }

    /** A role given by a rule at sign-in (a first administrator), before anyone is authenticated. */
    @Transactional(propagation = Propagation.MANDATORY)
    void grantAtSignIn(long staffId, Role role, String grantedBy) {
        record(
                staffId,
                role,
                new RoleGrant.Terms(
                        grantedBy, clock.instant(), today().plusMonths(FIRST_ADMINISTRATOR_MONTHS), grantedBy));
    }

    private void record(long staffId, Role role, RoleGrant.Terms terms) {
        RoleGrant held = grants.findByStaffIdAndRole(staffId, role).orElse(null);
        Map<String, Object> before = null;
        if (held != null) {
            if (held.getEndsOn().equals(terms.endsOn()) && held.getReason().equals(terms.reason())) {
                return;
            }
            before = Map.of("role", role.name(), "endsOn", held.getEndsOn().toString(), "reason", held.getReason());
            held.renew(terms);
        }
        RoleGrant grant = held != null ? held : grants.save(new RoleGrant(staffId, role, terms));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("role", role.name());
        after.put("grantId", grant.getId());
        after.put("grantedBy", terms.grantedBy());
        after.put("endsOn", terms.endsOn().toString());
        after.put("reason", terms.reason());
        audit.record("ROLE_GRANTED", "Staff", staffId, before, after);
    }

    @PreAuthorize(Roles.IS_WORKFORCE)
    @Transactional
    public void revoke(long staffId, Role role) {
        requireGrantable(role);
        grants.findByStaffIdAndRole(staffId, role).ifPresent(grant -> {
            grants.delete(grant);
            audit.record("ROLE_REVOKED", "Staff", staffId, Map.of("role", role.name()), null);
        });
    }

    /**
     * Of these people, those holding a role beyond Staff: a portal grant in force, or one the provider gave at their
     * last sign-in. For imports, which hold back changes to such people's e-mail and manager; they check first.
     */
    @Transactional(readOnly = true)
    public Set<Long> holdingRoles(java.util.Collection<Long> staffIds) {
        Set<Long> holding = new java.util.HashSet<>();
        if (staffIds.isEmpty()) {
            return holding;
        }
        LocalDate today = today();
        for (List<Long> chunk : chunks(staffIds)) {
            grants.findByStaffIdIn(chunk).stream()
                    .filter(grant -> grant.inForceOn(today))
                    .forEach(grant -> holding.add(grant.getStaffId()));
            providerRoles.findAllById(chunk).stream()
                    .filter(seen -> seen.roles().stream().anyMatch(role -> role != Role.STAFF))
                    .forEach(seen -> holding.add(seen.staffId()));
        }
        return holding;
    }

    private static List<List<Long>> chunks(java.util.Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 1000)));
        }
        return chunks;
    }

    /** What the provider gave the person at this sign-in, kept to show where their roles come from. */
    @Transactional
    void recordProviderRoles(long staffId, Set<Role> roles) {
        ProviderRoles seen = providerRoles.findById(staffId).orElseGet(() -> new ProviderRoles(staffId));
        seen.seen(roles, clock.instant());
        providerRoles.save(seen);
    }

    /** Ends every role granted in the portal to a leaver; for the leavers job, which runs as no one. Audited. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int endGrantsOfLeaver(long staffId) {
        List<RoleGrant> held = grants.findByStaffId(staffId);
        for (RoleGrant grant : held) {
            grants.delete(grant);
            audit.record(
                    "ROLE_REVOKED",
                    "Staff",
                    staffId,
                    Map.of("role", grant.getRole().name()),
                    Map.of("why", "The person left the trust"));
        }
        return held.size();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    private static void requireGrantable(Role role) {
        if (role == Role.STAFF) {
            throw new IllegalArgumentException("Every person with a staff record has the Staff role already");
        }
    }
}
