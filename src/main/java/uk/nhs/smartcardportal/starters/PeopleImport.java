package uk.nhs.smartcardportal.starters;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportWork;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.sites.Site;
import uk.nhs.smartcardportal.sites.SiteService;
import uk.nhs.smartcardportal.staff.SmartcardNeed;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffChanges;
import uk.nhs.smartcardportal.staff.StaffDetails;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.StaffMove;
import uk.nhs.smartcardportal.staff.StaffOrigin;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * What the starters import and the staff list import share: every line checked against the file and what we hold,
 * then, only when nothing is wrong, everything written a chunk at a time. People are matched by employee number, so
 * importing the same file again changes nothing. The services that call it check who may import.
 */
@Component
class PeopleImport {

    private final StaffService staff;
    private final StaffListService staffList;
    private final SiteService sites;
    private final CardRequestService cardRequests;
    private final RoleGrantService roleGrants;
    private final EntityManager entityManager;
    private final Clock clock;

    PeopleImport(
            StaffService staff,
            StaffListService staffList,
            SiteService sites,
            CardRequestService cardRequests,
            RoleGrantService roleGrants,
            EntityManager entityManager,
            Clock clock) {
        this.roleGrants = roleGrants;
        this.staff = staff;
        this.staffList = staffList;
        this.sites = sites;
        this.cardRequests = cardRequests;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Checks the file and works out what importing it would do.
     *
     * @param fullList the file is the whole staff list, so people it leaves out are counted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    PeopleImportPlan plan(PeopleFile kind, byte[] file, boolean fullList, ImportProgress progress) {
        if (file.length > kind.maxBytes()) {
            return PeopleImportPlan.refused(new ImportProblem(
                    0,
                    null,
                    "The file is larger than " + kind.maxBytes() / 1024 / 1024
                            + " MB. Split it and import each part."));
        }
        CsvImportFile.Contents<PersonColumn> contents = kind.read(file);
        List<ImportProblem> problems = new ArrayList<>(contents.problems());
        if (!problems.isEmpty()) {
            return new PeopleImportPlan(contents.rows().size(), List.of(), problems, null, 0);
        }
        LocalDate today = LocalDate.now(clock);
        // starters collect at a hospital; anyone on the staff list may be based anywhere, the store included
        PersonRowValidator validator = new PersonRowValidator(
                kind == PeopleFile.STAFF_LIST ? sites.activeLocations() : sites.activeCollectionSites(), today);
        List<CsvImportFile.Row<PersonColumn>> rows = contents.rows();
        Map<CsvImportFile.Row<PersonColumn>, PersonRowValidator.Valid> valid = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonRowValidator.Valid row = validator.validate(rows.get(i), problems);
            if (row != null) {
                valid.put(rows.get(i), row);
            }
            if (i % 500 == 0) {
                progress.update("Checking", i, rows.size());
            }
        }
        progress.update("Checking", rows.size(), rows.size());
        return new FileChecks(kind, rows.size(), valid, problems, fullList, today).run();
    }

    /**
     * Writes a plan without problems.
     *
     * @param confirmed a Workforce member confirmed the held changes (see {@link HeldChange}); otherwise the e-mail
     *     and manager of those people stay as they are
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(PeopleImportPlan plan, boolean confirmed, ImportProgress progress) {
        ImportWork.inChunks(plan.changing(), entityManager, progress, chunk -> {
            Map<String, Staff> known = staff.findByEmployeeNumbers(numbersOf(chunk));
            Map<String, Staff> firstAdministrators = staff.firstAdministratorsByEmail();
            for (PeopleImportPlan.Planned row : chunk) {
                PeopleImportPlan.Move move = row.move();
                StaffDetails details = move == null
                        ? row.valid().details()
                        : row.valid().details().withoutMove();
                if (row.held() != null && !confirmed) {
                    details = details.keepingContactAndManager();
                }
                Staff person = staff.importRecord(details, known, firstAdministrators);
                if (row.requestsCard()) {
                    cardRequests.requestCard(
                            person.getId(),
                            row.valid().reason(),
                            row.valid().reasonText(),
                            RequestOrigin.AT_RECRUITMENT);
                }
                if (move != null) {
                    staffList.scheduleMove(
                            person,
                            move.from(),
                            move.managerNumber() == null ? null : known.get(move.managerNumber()),
                            move.site(),
                            move.staffGroup());
                }
            }
        });
        if (plan.fullList() != null) {
            staffList.recordFullExtract(plan.fullList());
        }
    }

    private static Set<String> numbersOf(List<PeopleImportPlan.Planned> chunk) {
        Set<String> numbers = new HashSet<>();
        for (PeopleImportPlan.Planned row : chunk) {
            numbers.add(row.valid().details().employeeNumber());
            if (row.valid().details().lineManagerEmployeeNumber() != null) {
                numbers.add(row.valid().details().lineManagerEmployeeNumber());
            }
        }
        return numbers;
    }
    /** The checks that need the whole file and what we already hold. */
    private final class FileChecks {

        private final PeopleFile kind;
        private final int rows;
        private final Map<CsvImportFile.Row<PersonColumn>, PersonRowValidator.Valid> valid;
        private final List<ImportProblem> problems;
        private final boolean fullList;
        private final LocalDate today;
        private Map<Long, StaffMove> waitingMoves = Map.of();
        private Set<Long> holdingRoles = Set.of();

        FileChecks(
                PeopleFile kind,
                int rows,
                Map<CsvImportFile.Row<PersonColumn>, PersonRowValidator.Valid> valid,
                List<ImportProblem> problems,
                boolean fullList,
                LocalDate today) {
            this.kind = kind;
            this.rows = rows;
            this.valid = valid;
            this.problems = problems;
            this.fullList = fullList;
            this.today = today;
        }

        PeopleImportPlan run() {
            Map<String, Long> lineByNumber = new HashMap<>();
            Map<String, String> numberByEmail = new HashMap<>();
            Set<String> wanted = new HashSet<>();
            valid.forEach((row, details) -> {
                String number = details.details().employeeNumber();
                Long firstLine = lineByNumber.putIfAbsent(number, row.line());
                if (firstLine != null) {
                    problem(row, PersonColumn.EMPLOYEE_NUMBER, "This person is also on line " + firstLine + ".");
                }
                String email = details.details().workEmail();
                if (email != null) {
                    String other = numberByEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), number);
                    if (other != null && !other.equals(number)) {
                        problem(row, PersonColumn.WORK_EMAIL, "This e-mail address is also given for " + other + ".");
                    }
                }
                wanted.add(number);
                if (details.details().lineManagerEmployeeNumber() != null) {
                    wanted.add(details.details().lineManagerEmployeeNumber());
                }
            });
            Map<String, Staff> existing = staff.findByEmployeeNumbers(wanted);
            Map<String, Staff> byEmail = staff.findByWorkEmails(numberByEmail.keySet());
            List<Long> heldIds = existing.values().stream().map(Staff::getId).toList();
            Set<Long> withActiveCard = cardRequests.staffWithActiveCard(heldIds);
            holdingRoles = roleGrants.holdingRoles(heldIds);
            if (kind == PeopleFile.STAFF_LIST) {
                waitingMoves = staffList.waitingMoves(heldIds);
            }
            List<PeopleImportPlan.Planned> planned = new ArrayList<>();
            valid.forEach((row, details) -> {
                Staff held = existing.get(details.details().employeeNumber());
                if (checkAgainstHeld(row, details, held, existing, byEmail, lineByNumber, withActiveCard)) {
                    planned.add(classify(row, details, held, withActiveCard));
                }
            });
            List<PeopleImportPlan.Planned> ordered = managersFirst(planned, existing.keySet());
            if (!fullList || !problems.isEmpty()) {
                return new PeopleImportPlan(rows, ordered, problems, null, 0);
            }
            Set<String> named = Set.copyOf(lineByNumber.keySet());
            return new PeopleImportPlan(rows, ordered, problems, named, staffList.countLeftOut(named));
        }

        private boolean checkAgainstHeld(
                CsvImportFile.Row<PersonColumn> row,
                PersonRowValidator.Valid details,
                Staff held,
                Map<String, Staff> existing,
                Map<String, Staff> byEmail,
                Map<String, Long> lineByNumber,
                Set<Long> withActiveCard) {
            int before = problems.size();
            var given = details.details();
            if (held == null) {
                if (given.firstName() == null) {
                    problem(row, PersonColumn.FIRST_NAME, "A new starter needs a first name.");
                }
                if (given.lastName() == null) {
                    problem(row, PersonColumn.LAST_NAME, "A new starter needs a last name.");
                }
                if (given.startDate() == null && kind.requires(PersonColumn.START_DATE)) {
                    problem(row, PersonColumn.START_DATE, "A new starter needs a start date.");
                }
            }
            if (given.workEmail() != null) {
                Staff owner = byEmail.get(given.workEmail().toLowerCase(Locale.ROOT));
                boolean firstAdministratorOnTheList =
                        held == null && owner != null && owner.getOrigin() == StaffOrigin.FIRST_ADMINISTRATOR;
                if (owner != null
                        && !owner.getEmployeeNumber().equals(given.employeeNumber())
                        && !firstAdministratorOnTheList) {
                    problem(
                            row,
                            PersonColumn.WORK_EMAIL,
                            "This e-mail address belongs to " + owner.getEmployeeNumber() + " already.");
                }
            }
            String manager = given.lineManagerEmployeeNumber();
            if (manager != null) {
                if (manager.equals(given.employeeNumber())) {
                    problem(row, PersonColumn.MANAGER, "A person cannot be their own manager.");
                } else if (!existing.containsKey(manager) && !lineByNumber.containsKey(manager)) {
                    problem(
                            row,
                            PersonColumn.MANAGER,
                            "No one with employee number " + manager + " is on the " + "staff list or in this file.");
                }
            }
            if (held != null && held.hasEnded()) {
                problem(
                        row,
                        PersonColumn.EMPLOYEE_NUMBER,
                        "This person left on " + held.getLeavingDate() + " and their record has ended. A person "
                                + "who comes back needs a new employee number.");
            }
            if (held != null
                    && given.need() == SmartcardNeed.NOT_NEEDED
                    && held.getSmartcardNeed() != SmartcardNeed.NOT_NEEDED
                    && withActiveCard.contains(held.getId())) {
                problem(
                        row,
                        PersonColumn.CARD_NEEDED,
                        "This person has a card on its way or in use. Cancel it in "
                                + "the print queue first, or leave this column empty.");
            }
            return problems.size() == before;
        }

        private PeopleImportPlan.Planned classify(
                CsvImportFile.Row<PersonColumn> row,
                PersonRowValidator.Valid details,
                Staff held,
                Set<Long> withActiveCard) {
            StaffDetails given = details.details();
            boolean needed = given.need() == SmartcardNeed.NEEDED;
            boolean leaving = given.leavingDate() != null
                    && (held == null || !given.leavingDate().equals(held.getLeavingDate()));
            if (held == null) {
                return new PeopleImportPlan.Planned(
                        row.line(), details, PeopleImportPlan.Outcome.CREATED, needed, null, leaving, null);
            }
            PeopleImportPlan.Move move = laterMove(details, held);
            boolean requestsCard =
                    needed && held.getSmartcardNeed() != SmartcardNeed.NEEDED && !withActiveCard.contains(held.getId());
            boolean changes = !StaffChanges.between(held, move == null ? given : given.withoutMove())
                    .isEmpty();
            boolean newMove = move != null && !sameAsWaiting(move, waitingMoves.get(held.getId()));
            return new PeopleImportPlan.Planned(
                    row.line(),
                    details,
                    changes || requestsCard || newMove
                            ? PeopleImportPlan.Outcome.UPDATED
                            : PeopleImportPlan.Outcome.UNCHANGED,
                    requestsCard,
                    newMove ? move : null,
                    leaving,
                    heldChange(row, given, held));
        }

        /** A change to the e-mail or manager of a person who has signed in or holds a role, or null. */
        private HeldChange heldChange(CsvImportFile.Row<PersonColumn> row, StaffDetails given, Staff held) {
            boolean signedIn = held.getIdpSubject() != null;
            boolean holdsRole = holdingRoles.contains(held.getId());
            if (!signedIn && !holdsRole) {
                return null;
            }
            List<String> changes = new ArrayList<>();
            if (given.workEmail() != null && !given.workEmail().equalsIgnoreCase(String.valueOf(held.getWorkEmail()))) {
                changes.add("e-mail " + (held.getWorkEmail() == null ? "(none)" : held.getWorkEmail()) + " to "
                        + given.workEmail());
            }
            if (given.personalEmail() != null
                    && !given.personalEmail().equalsIgnoreCase(String.valueOf(held.getPersonalEmail()))) {
                changes.add("personal e-mail to " + given.personalEmail());
            }
            if (given.mobile() != null && !given.mobile().equals(held.getMobile())) {
                changes.add("mobile to " + given.mobile());
            }
            String manager = given.lineManagerEmployeeNumber();
            String heldManager =
                    held.getLineManager() == null ? null : held.getLineManager().getEmployeeNumber();
            if (manager != null && !manager.equals(heldManager) && laterMoveFrom(row) == null) {
                changes.add("manager " + (heldManager == null ? "(none)" : heldManager) + " to " + manager);
            }
            if (changes.isEmpty()) {
                return null;
            }
            String why = signedIn && holdsRole
                    ? "has signed in and holds a role"
                    : signedIn ? "has signed in" : "holds a role";
            return new HeldChange(
                    row.line(), held.getEmployeeNumber(), held.getFullName(), String.join("; ", changes), why);
        }

        private LocalDate laterMoveFrom(CsvImportFile.Row<PersonColumn> row) {
            LocalDate from = valid.get(row).changesFrom();
            return from != null && from.isAfter(today) ? from : null;
        }

        /** A new manager, site or staff group that the line says takes effect after today. */
        private PeopleImportPlan.Move laterMove(PersonRowValidator.Valid details, Staff held) {
            LocalDate from = details.changesFrom();
            if (from == null || !from.isAfter(today)) {
                return null;
            }
            StaffDetails given = details.details();
            String manager = given.lineManagerEmployeeNumber() != null
                            && (held.getLineManager() == null
                                    || !held.getLineManager()
                                            .getEmployeeNumber()
                                            .equals(given.lineManagerEmployeeNumber()))
                    ? given.lineManagerEmployeeNumber()
                    : null;
            Site site =
                    given.baseSite() != null && !given.baseSite().equals(held.getBaseSite()) ? given.baseSite() : null;
            String group = given.staffGroup() != null && !given.staffGroup().equals(held.getStaffGroup())
                    ? given.staffGroup()
                    : null;
            return manager == null && site == null && group == null
                    ? null
                    : new PeopleImportPlan.Move(from, manager, site, group);
        }

        private static boolean sameAsWaiting(PeopleImportPlan.Move move, StaffMove waiting) {
            return waiting != null
                    && waiting.getEffectiveDate().equals(move.from())
                    && Objects.equals(
                            waiting.getLineManager() == null
                                    ? null
                                    : waiting.getLineManager().getEmployeeNumber(),
                            move.managerNumber())
                    && Objects.equals(waiting.getBaseSite(), move.site())
                    && Objects.equals(waiting.getStaffGroup(), move.staffGroup());
        }

        /** People who manage others in the file come before them; a loop of managers is reported. */
        private List<PeopleImportPlan.Planned> managersFirst(List<PeopleImportPlan.Planned> planned, Set<String> held) {
            Set<String> ready = new HashSet<>(held);
            List<PeopleImportPlan.Planned> ordered = new ArrayList<>();
            List<PeopleImportPlan.Planned> waiting = new ArrayList<>(planned);
            while (!waiting.isEmpty()) {
                List<PeopleImportPlan.Planned> next = new ArrayList<>();
                List<PeopleImportPlan.Planned> stillWaiting = new ArrayList<>();
                for (PeopleImportPlan.Planned row : waiting) {
                    String manager = row.valid().details().lineManagerEmployeeNumber();
                    (manager == null || ready.contains(manager) ? next : stillWaiting).add(row);
                }
                if (next.isEmpty()) {
                    waiting.forEach(row -> problems.add(new ImportProblem(
                            row.line(),
                            PersonColumn.MANAGER.header(),
                            "The managers in this file form a loop, or the manager's own line has a problem.")));
                    break;
                }
                next.forEach(row -> ready.add(row.valid().details().employeeNumber()));
                ordered.addAll(next);
                waiting = stillWaiting;
            }
            return ordered;
        }

        private void problem(CsvImportFile.Row<PersonColumn> row, PersonColumn column, String message) {
            problems.add(new ImportProblem(row.line(), column.header(), message));
        }
    }
}
