package uk.nhs.smartcardportal.cards.holders;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.imports.CsvImportFile;
import uk.nhs.smartcardportal.base.imports.ImportDates;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.base.imports.ImportWork;
import uk.nhs.smartcardportal.cards.CardLifecycle;
import uk.nhs.smartcardportal.cards.HeldCards;
import uk.nhs.smartcardportal.cards.Smartcard;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffService;

/**
 * Imports the cards people held before the portal (card number, employee number, date issued, certificate expiry if
 * known): each becomes a collected card with its holder, so the portal knows who already has one. Checked first,
 * all-or-nothing, and importing the same file again changes nothing (cards are matched by number).
 */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class CardHolderImportService {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    private static final LocalDate EARLIEST_ISSUE = LocalDate.of(2000, 1, 1);
    private static final CsvImportFile<CardHolderColumn> FILE = new CsvImportFile<>(
            CardHolderColumn::fromHeader,
            CardHolderColumn::header,
            Stream.of(CardHolderColumn.values())
                    .filter(CardHolderColumn::required)
                    .toList(),
            MAX_ROWS,
            "the card holders from the Care Identity Service or your records");

    private record Held(long line, String serial, String employeeNumber, LocalDate issued, LocalDate expires) {}

    private record Plan(int rows, List<Held> toCreate, int unchanged, List<ImportProblem> problems) {

        CardHolderImportReport report(boolean imported) {
            if (!problems.isEmpty()) {
                return CardHolderImportReport.refused(
                        rows,
                        problems.stream()
                                .sorted(Comparator.comparingLong(ImportProblem::line))
                                .toList());
            }
            return new CardHolderImportReport(rows, toCreate.size(), unchanged, List.of(), imported);
        }
    }

    private final StaffService staff;
    private final HeldCards heldCards;
    private final CardLifecycle lifecycle;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    CardHolderImportService(
            StaffService staff,
            HeldCards heldCards,
            CardLifecycle lifecycle,
            AuditService audit,
            EntityManager entityManager,
            Clock clock) {
        this.staff = staff;
        this.heldCards = heldCards;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What importing the file would do, and every problem in it. Changes nothing. */
    @Transactional(readOnly = true)
    public CardHolderImportReport check(byte[] file, ImportProgress progress) {
        return plan(file, progress).report(false);
    }

    /** Imports the file if it has no problems; otherwise imports nothing and reports them. */
    @Transactional
    public CardHolderImportReport importFile(String fileName, byte[] file, ImportProgress progress) {
        Plan plan = plan(file, progress);
        if (!plan.problems().isEmpty()) {
            return plan.report(false);
        }
        ImportWork.inChunks(plan.toCreate(), entityManager, progress, chunk -> {
            Map<String, Staff> people = staff.findByEmployeeNumbers(
                    chunk.stream().map(Held::employeeNumber).toList());
            for (Held held : chunk) {
                lifecycle.recordHeld(people.get(held.employeeNumber()), held.serial(), held.issued(), held.expires());
            }
        });
        CardHolderImportReport report = plan.report(true);
        audit.record("CARD_HOLDERS_IMPORTED", "CardHolderImport", null, null, ImportWork.summary(fileName, report));
        return report;
    }

    private Plan plan(byte[] file, ImportProgress progress) {
        if (file.length > MAX_BYTES) {
            return new Plan(
                    0,
                    List.of(),
                    0,
                    List.of(new ImportProblem(
                            0,
                            null,
                            "The file is larger than " + MAX_BYTES / 1024 / 1024
                                    + " MB. Split it and import each part.")));
        }
        CsvImportFile.Contents<CardHolderColumn> contents = FILE.read(file);
        List<ImportProblem> problems = new ArrayList<>(contents.problems());
        List<CsvImportFile.Row<CardHolderColumn>> rows = contents.rows();
        if (!problems.isEmpty()) {
            return new Plan(rows.size(), List.of(), 0, problems);
        }
        LocalDate today = LocalDate.now(clock);
        List<Held> valid = new ArrayList<>();
        Map<String, Long> lineBySerial = new HashMap<>();
        Map<String, Long> lineByPerson = new HashMap<>();
        for (CsvImportFile.Row<CardHolderColumn> row : rows) {
            Held held = validate(row, today, problems);
            if (held == null) {
                continue;
            }
            Long sameCard = lineBySerial.putIfAbsent(held.serial(), row.line());
            Long samePerson = lineByPerson.putIfAbsent(held.employeeNumber(), row.line());
            if (sameCard != null) {
                problem(problems, row, CardHolderColumn.CARD_NUMBER, "This card is also on line " + sameCard + ".");
            } else if (samePerson != null) {
                problem(
                        problems,
                        row,
                        CardHolderColumn.EMPLOYEE_NUMBER,
                        "This person also has a card on line " + samePerson + ". Give each person their current card.");
            } else {
                valid.add(held);
            }
        }
        progress.update("Checking", rows.size(), rows.size());
        Map<String, Staff> people = staff.findByEmployeeNumbers(
                valid.stream().map(Held::employeeNumber).toList());
        Map<String, Smartcard> known = heldCards.bySerial(lineBySerial.keySet());
        Set<Long> withActiveCard = heldCards.staffWithActiveCard(
                people.values().stream().map(Staff::getId).toList());
        List<Held> toCreate = new ArrayList<>();
        int unchanged = 0;
        Set<Long> seen = new HashSet<>();
        for (Held held : valid) {
            Staff person = people.get(held.employeeNumber());
            Smartcard card = known.get(held.serial());
            if (person == null) {
                problem(
                        problems,
                        held,
                        CardHolderColumn.EMPLOYEE_NUMBER,
                        "No one with this employee number is on the staff list. Import the staff list first.");
            } else if (person.hasEnded()) {
                problem(problems, held, CardHolderColumn.EMPLOYEE_NUMBER, "This person has left the trust.");
            } else if (card != null && card.getStaff().getId().equals(person.getId())) {
                unchanged++;
            } else if (card != null) {
                problem(
                        problems,
                        held,
                        CardHolderColumn.CARD_NUMBER,
                        "This card number is recorded for someone else already.");
            } else if (withActiveCard.contains(person.getId()) || !seen.add(person.getId())) {
                problem(
                        problems,
                        held,
                        CardHolderColumn.EMPLOYEE_NUMBER,
                        person.getFullName() + " already has a card on its way or in use in the portal.");
            } else {
                toCreate.add(held);
            }
        }
        return new Plan(rows.size(), toCreate, unchanged, problems);
    }

    private static Held validate(
            CsvImportFile.Row<CardHolderColumn> row, LocalDate today, List<ImportProblem> problems) {
        int before = problems.size();
        String serial = row.get(CardHolderColumn.CARD_NUMBER);
        if (serial == null) {
            problem(problems, row, CardHolderColumn.CARD_NUMBER, "Give the card's number.");
        } else if (!serial.matches(Smartcard.SERIAL_PATTERN)) {
            problem(problems, row, CardHolderColumn.CARD_NUMBER, Smartcard.describeBadSerial(serial));
        }
        String employeeNumber = row.get(CardHolderColumn.EMPLOYEE_NUMBER);
        if (employeeNumber == null) {
            problem(problems, row, CardHolderColumn.EMPLOYEE_NUMBER, "Give the holder's employee number.");
        } else if (employeeNumber.length() > Staff.EMPLOYEE_NUMBER_MAX) {
            problem(
                    problems,
                    row,
                    CardHolderColumn.EMPLOYEE_NUMBER,
                    "At most " + Staff.EMPLOYEE_NUMBER_MAX + " characters; this has " + employeeNumber.length() + ".");
        }
        LocalDate issued = date(row, CardHolderColumn.DATE_ISSUED, problems);
        if (issued == null && row.get(CardHolderColumn.DATE_ISSUED) == null) {
            problem(problems, row, CardHolderColumn.DATE_ISSUED, "Give the day the card was issued.");
        } else if (issued != null && (issued.isBefore(EARLIEST_ISSUE) || issued.isAfter(today))) {
            problem(problems, row, CardHolderColumn.DATE_ISSUED, "A date issued between 2000 and today, please.");
        }
        LocalDate expires = date(row, CardHolderColumn.CERTIFICATE_EXPIRY, problems);
        if (expires != null && issued != null && !expires.isAfter(issued)) {
            problem(
                    problems,
                    row,
                    CardHolderColumn.CERTIFICATE_EXPIRY,
                    "The certificate expires after the day the card was issued.");
        }
        return problems.size() > before ? null : new Held(row.line(), serial, employeeNumber, issued, expires);
    }

    private static LocalDate date(
            CsvImportFile.Row<CardHolderColumn> row, CardHolderColumn column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate date = ImportDates.parse(value).orElse(null);
        if (date == null) {
            problem(problems, row, column, ImportDates.HOW_TO_WRITE);
        }
        return date;
    }

    private static void problem(
            List<ImportProblem> problems,
            CsvImportFile.Row<CardHolderColumn> row,
            CardHolderColumn column,
            String message) {
        problems.add(new ImportProblem(row.line(), column.header(), message));
    }

    private static void problem(List<ImportProblem> problems, Held held, CardHolderColumn column, String message) {
        problems.add(new ImportProblem(held.line(), column.header(), message));
    }
}
