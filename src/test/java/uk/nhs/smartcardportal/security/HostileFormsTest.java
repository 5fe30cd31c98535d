package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.HostileInput;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.PlainText;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.base.imports.ImportProblem;
import uk.nhs.smartcardportal.base.imports.ImportProgress;
import uk.nhs.smartcardportal.cards.CardFixtures;
import uk.nhs.smartcardportal.cards.RequestOrigin;
import uk.nhs.smartcardportal.cards.RequestReason;
import uk.nhs.smartcardportal.cards.custody.CustodyService;
import uk.nhs.smartcardportal.cards.custody.GeneralOfficeIntakeService;
import uk.nhs.smartcardportal.cards.printing.PrintQueueService;
import uk.nhs.smartcardportal.cards.requests.CardRequestService;
import uk.nhs.smartcardportal.cards.sitechange.SiteChangeService;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.faq.FaqDraft;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.passport.AgreementDraft;
import uk.nhs.smartcardportal.passport.AgreementMember;
import uk.nhs.smartcardportal.passport.AgreementService;
import uk.nhs.smartcardportal.passport.ComplianceDetails;
import uk.nhs.smartcardportal.passport.ComplianceImportService;
import uk.nhs.smartcardportal.passport.ComplianceService;
import uk.nhs.smartcardportal.passport.DbsLevel;
import uk.nhs.smartcardportal.sessions.SessionDraft;
import uk.nhs.smartcardportal.sessions.SessionSchedulingService;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffRepository;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.starters.StarterImportService;
import uk.nhs.smartcardportal.stock.MovementKind;
import uk.nhs.smartcardportal.stock.StockService;

/**
 * Every form's and import's text with every hostile text, through the services the forms submit to: each is kept or
 * refused with a clear message, never a server error; far-past and far-future dates likewise. Afterwards no text
 * anywhere in the database holds a control character or a bidirectional override.
 */
@IntegrationTest
class HostileFormsTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<LocalDate> FAR_DATES = List.of(
            LocalDate.of(1, 1, 1), LocalDate.of(1800, 1, 1), LocalDate.of(2999, 12, 31), LocalDate.of(9999, 12, 31));
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String STARTER_HEADER = "Employee number,First name,Last name,Work email,Job title,"
            + "Staff group,Department,Start date,Base site,Manager employee number,Card needed,Card reason";
    private static final String COMPLIANCE_HEADER = "Employee number,Employer ODS code,Staff group,"
            + "Right to work checked on,DBS level,DBS checked on,Occupational health cleared on,Fire safety completed,"
            + "Fire safety expires";

    @Autowired
    StaffRepository staff;

    @Autowired
    CardFixtures fixtures;

    @Autowired
    CardRequestService requests;

    @Autowired
    SiteChangeService siteChanges;

    @Autowired
    PrintQueueService printQueue;

    @Autowired
    CustodyService custody;

    @Autowired
    GeneralOfficeIntakeService intake;

    @Autowired
    SessionSchedulingService scheduling;

    @Autowired
    StockService stock;

    @Autowired
    FaqService faq;

    @Autowired
    AgreementService agreements;

    @Autowired
    ComplianceService compliance;

    @Autowired
    StaffService staffService;

    @Autowired
    StarterImportService starterImport;

    @Autowired
    ComplianceImportService complianceImport;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final Map<String, String> serverErrors = new LinkedHashMap<>();
    private final Map<String, String> unclearMessages = new LinkedHashMap<>();
    private final List<String> outcomes = new ArrayList<>();
    private int kept;
    private int refused;
    private int refusedAtTheLastCheck;

    @Test
    void everyFormAndImportKeepsOrClearlyRefusesEveryHostileTextAndDate() {
        Map<String, Consumer<String>> forms = new LinkedHashMap<>();
        forms.put(
                "card request: reason",
                text -> asAdmin(() ->
                        requests.requestCard(newPersonId(), RequestReason.OTHER, text, RequestOrigin.AT_RECRUITMENT)));
        forms.put("site change: reason", text -> {
            CardFixtures.Starter starter = fixtures.cardInStore("Sam", "Site", DemoUsers.AINTREE);
            SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
            siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), text);
        });
        forms.put("site change: approval note", text -> siteChangeDecision(text, true));
        forms.put("site change: decline note", text -> siteChangeDecision(text, false));
        forms.put("print queue: decline reason", text -> {
            long card = requestedCard();
            asAdmin(() -> printQueue.decline(card, fixtures.version(card), text));
        });
        forms.put("print queue: cancel reason", text -> {
            long card = requestedCard();
            asAdmin(() -> printQueue.cancel(card, fixtures.version(card), text));
        });
        forms.put("printing: card serial", text -> {
            long card = requestedCard();
            asAdmin(() ->
                    printQueue.recordPrinted(card, fixtures.version(card), text, fixtures.siteId(DemoUsers.AINTREE)));
        });
        forms.put("custody: destroy reason", text -> {
            CardFixtures.Starter starter = fixtures.cardInStore("Dee", "Stroy", DemoUsers.AINTREE);
            asAdmin(() -> custody.destroy(starter.cardId(), fixtures.version(starter.cardId()), text));
        });
        forms.put(
                "custody: card count",
                text -> asAdmin(() -> custody.countCards(fixtures.siteId(DemoUsers.STORE), text)));
        forms.put("General Office intake: serials", text -> asAdmin(() -> intake.reconcile(text)));
        forms.put(
                "session: room, facilitators, notes",
                text -> asAdmin(() -> scheduling.schedule(
                        session(text, LocalDate.now().plusDays(40 + NEXT.incrementAndGet() % 200)))));
        forms.put(
                "session: cancel reason",
                text -> asAdmin(() -> {
                    long id = scheduling.schedule(session(
                            "Room " + NEXT.incrementAndGet(), LocalDate.now().plusDays(300 + NEXT.get() % 60)));
                    scheduling.cancel(
                            id,
                            jdbc.queryForObject("select version from collection_session where id = ?", Long.class, id),
                            text);
                }));
        forms.put("stock: item name and unit", text -> asAdmin(() -> stock.addItem(text, text)));
        forms.put(
                "stock: movement note",
                text -> asAdmin(() -> stock.record(
                        firstStockItem(), fixtures.siteId(DemoUsers.STORE), MovementKind.RECEIVED, 1, text)));
        forms.put("FAQ: category, question, answer", text -> asAdmin(() -> faq.create(new FaqDraft(text, text, text))));
        forms.put(
                "passport agreement: name, member, notes",
                text -> asAdmin(() -> agreements.saveAgreement(
                        null,
                        0,
                        new AgreementDraft(
                                text,
                                List.of(new AgreementMember(text, text), new AgreementMember("RQ6", "Far Trust")),
                                true,
                                Set.of(),
                                LocalDate.now(),
                                null,
                                text))));
        forms.put(
                "compliance: staff group and employer",
                text -> asAdmin(() -> compliance.save(
                        newPersonId(), 0, text, new ComplianceDetails(text, null, null, null, null, Map.of()))));
        forms.put("staff group", text -> asAdmin(() -> staffService.recordStaffGroup(newPersonId(), text)));
        String[] starterColumns = STARTER_HEADER.split(",");
        for (int column : new int[] {1, 2, 3, 4, 5, 6, 8, 9, 10, 11}) {
            forms.put(
                    "starter import: " + starterColumns[column].strip(),
                    text -> importStarterRow(Map.of(column, text)));
        }
        String[] complianceColumns = COMPLIANCE_HEADER.split(",");
        for (int column = 1; column < complianceColumns.length; column++) {
            int index = column;
            forms.put(
                    "compliance import: " + complianceColumns[column].strip(),
                    text -> importComplianceRow(Map.of(index, text)));
        }

        for (Map.Entry<String, Consumer<String>> form : forms.entrySet()) {
            for (Map.Entry<String, String> input : HostileInput.TEXT.entrySet()) {
                attempt(
                        form.getKey() + " / " + input.getKey(),
                        () -> form.getValue().accept(input.getValue()));
            }
        }
        for (LocalDate date : FAR_DATES) {
            attempt("session on " + date, () -> asAdmin(() -> scheduling.schedule(session("Far room", date))));
            attempt(
                    "agreement valid " + date,
                    () -> asAdmin(() -> agreements.saveAgreement(
                            null,
                            0,
                            new AgreementDraft(
                                    "Far agreement " + date,
                                    List.of(
                                            new AgreementMember("RQ6", "Far Trust"),
                                            new AgreementMember("RXN", "Near Trust")),
                                    true,
                                    Set.of(),
                                    date,
                                    date,
                                    null))));
            attempt(
                    "compliance checked on " + date,
                    () -> asAdmin(() -> compliance.save(
                            newPersonId(),
                            0,
                            "Medical and Dental",
                            new ComplianceDetails("REM", date, DbsLevel.ENHANCED, date, date, Map.of()))));
            attempt("starter import starting " + date, () -> importStarterRow(Map.of(7, UK.format(date))));
            attempt("compliance import checked on " + date, () -> importComplianceRow(Map.of(3, UK.format(date))));
        }

        outcomes.stream().filter(line -> !line.contains(" / ")).forEach(line -> System.out.println("  " + line));
        System.out.println("  refused at the last check before writing: " + refusedAtTheLastCheck);
        int tries = kept + refused + serverErrors.size();
        System.out.printf(
                "Hostile forms: %d form fields and import columns × %d texts, and %d far dates × 5 = %d tries: %d kept, "
                        + "%d refused with a message, %d server errors%n",
                forms.size(), HostileInput.TEXT.size(), FAR_DATES.size(), tries, kept, refused, serverErrors.size());
        assertThat(serverErrors).as("tries that ended in a server error").isEmpty();
        assertThat(outcomes)
                .as("dates centuries away, and markup or emoji as a name, are refused")
                .filteredOn(line -> line.startsWith("kept"))
                .noneMatch(line -> FAR_DATES.stream().anyMatch(date -> line.endsWith(" " + date)))
                .noneMatch(line -> line.matches("kept +starter import: (First|Last) name / (script tag|event handler"
                        + "|emoji|SQL statement|formula)"));
        assertThat(unclearMessages)
                .as("refusals whose message is not for people")
                .isEmpty();
        assertThat(textHoldingControlCharacters())
                .as("database text with control characters")
                .isEmpty();
    }

    @Test
    void textWithControlCharactersIsRefusedBeforeItIsWrittenWhateverWritesIt() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                transaction.executeWithoutResult(status -> staff.save(new Staff(
                        "G" + NEXT.incrementAndGet(),
                        "Bell\u0007",
                        "Ringer",
                        "bell." + NEXT.get() + "@test.nhs.example"))));
        assertThat(refusalIn(thrown))
                .as("refusal in " + thrown)
                .isNotNull()
                .hasMessage("Some of the text you entered " + PlainText.PROBLEM);
        assertThat(jdbc.queryForObject("select count(*) from staff where last_name = 'Ringer'", Long.class))
                .isZero();
    }

    private void attempt(String what, Runnable action) {
        try {
            action.run();
            kept++;
            outcomes.add("kept     " + what);
        } catch (RuleViolationException | RecordNotFoundException clear) {
            refused++;
            String message = clear.getMessage();
            outcomes.add("refused  " + what + ": " + message);
            if (message == null || message.isBlank() || message.contains("Exception") || message.contains("SQL")) {
                unclearMessages.put(what, String.valueOf(message));
            }
        } catch (ImportRefused clear) {
            refused++;
            outcomes.add("refused  " + what + ": " + clear.getMessage());
            clear.problems.stream()
                    .filter(problem ->
                            problem.message() == null || problem.message().isBlank())
                    .forEach(problem -> unclearMessages.put(what, problem.toString()));
        } catch (RuntimeException error) {
            RuleViolationException wrapped = refusalIn(error);
            if (wrapped == null) {
                serverErrors.put(what, error.toString());
            } else {
                refused++;
                refusedAtTheLastCheck++;
                outcomes.add("refused  " + what + " (at the last check before writing): " + wrapped.getMessage());
            }
        } finally {
            SignIn.out();
        }
    }

    /** A refusal from the last check before writing arrives wrapped in the commit's exception; people see it. */
    private static RuleViolationException refusalIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private void siteChangeDecision(String note, boolean approve) {
        CardFixtures.Starter starter = fixtures.cardInStore("Dec", "Ision", DemoUsers.AINTREE);
        SignIn.as(starter.staffId(), starter.name(), EnumSet.of(Role.STAFF));
        long requestId = siteChanges.request(starter.cardId(), fixtures.siteId(DemoUsers.BROADGREEN), null);
        SignIn.as(DemoUsers.ADMIN, staff);
        long version =
                jdbc.queryForObject("select version from site_change_request where id = ?", Long.class, requestId);
        if (approve) {
            siteChanges.approve(requestId, version, note);
        } else {
            siteChanges.decline(requestId, version, note);
        }
    }

    /** One starter row, valid except for the given cells (by column index). */
    private void importStarterRow(Map<Integer, String> replaced) {
        String number = "H" + ProcessHandle.current().pid() % 1000 + "-" + NEXT.incrementAndGet();
        List<String> cells = new ArrayList<>(List.of(
                number,
                "Hana",
                "Hostile",
                number.toLowerCase() + "@test.nhs.example",
                "Staff Nurse",
                "Nursing and Midwifery",
                "Ward 4",
                UK.format(LocalDate.now().plusWeeks(3)),
                DemoUsers.AINTREE,
                DemoUsers.MANAGER.employeeNumber(),
                "yes",
                "Clinical systems"));
        replaced.forEach(cells::set);
        String file = STARTER_HEADER + "\n" + csvLine(cells);
        var report = asAdmin(() ->
                starterImport.importFile("hostile.csv", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE));
        if (!report.imported() || !report.problems().isEmpty()) {
            throw new ImportRefused(report.problems());
        }
    }

    private void importComplianceRow(Map<Integer, String> replaced) {
        String number = staff.findById(newPersonId()).orElseThrow().getEmployeeNumber();
        String date = UK.format(LocalDate.now().minusMonths(2));
        List<String> cells = new ArrayList<>(List.of(
                number,
                "REM",
                "Nursing and Midwifery Registered",
                date,
                "Enhanced",
                date,
                date,
                date,
                UK.format(LocalDate.now().plusYears(2))));
        replaced.forEach(cells::set);
        String file = COMPLIANCE_HEADER + "\n" + csvLine(cells);
        var report = asAdmin(() ->
                complianceImport.importFile("hostile.csv", file.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE));
        if (!report.imported() || !report.problems().isEmpty()) {
            throw new ImportRefused(report.problems());
        }
    }

    private static String csvLine(List<String> cells) {
        return String.join(
                        ",",
                        cells.stream()
                                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                                .toList()) + "\n";
    }

    private long newPersonId() {
        return fixtures.newPerson("Hal", "Hostile").getId();
    }

    private long requestedCard() {
        return asAdmin(() -> requests.requestCard(
                newPersonId(), RequestReason.CLINICAL_SYSTEMS, null, RequestOrigin.AT_RECRUITMENT));
    }

    private long firstStockItem() {
        return jdbc.queryForObject("select min(id) from stock_item", Long.class);
    }

    private SessionDraft session(String text, LocalDate date) {
        return new SessionDraft(
                fixtures.siteId(DemoUsers.AINTREE),
                text,
                date,
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                10,
                text,
                text);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        SignIn.as(DemoUsers.ADMIN, staff);
        return work.get();
    }

    private void asAdmin(Runnable work) {
        SignIn.as(DemoUsers.ADMIN, staff);
        work.run();
    }

    /** Every text column of every table, with the rows holding what {@link PlainText} refuses. */
    private List<String> textHoldingControlCharacters() {
        List<String> found = new ArrayList<>();
        Function<Integer, String> character = code -> "char(" + code + " using utf8mb4)";
        String hostile = String.join(
                " or ",
                List.of(0x00, 0x07, 0x1B, 0xE280AE, 0xE280AC).stream()
                        .map(code -> "locate(" + character.apply(code) + ", `%s`) > 0")
                        .toList());
        for (Map<String, Object> column : jdbc.queryForList(
                "select table_name, column_name from "
                        + "information_schema.columns where table_schema = database() and data_type in "
                        + "('char', 'varchar', 'text', 'mediumtext', 'longtext') and table_name not like 'DATABASECHANGELOG%'")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            long rows = jdbc.queryForObject(
                    "select count(*) from `" + table + "` where " + hostile.replace("%s", name), Long.class);
            if (rows > 0) {
                found.add(table + "." + name + ": " + rows + " rows");
            }
        }
        return found;
    }

    /** An import that reported problems and changed nothing. */
    private static final class ImportRefused extends RuntimeException {
        private final List<ImportProblem> problems;

        ImportRefused(List<ImportProblem> problems) {
            super(problems.toString());
            this.problems = problems;
        }
    }
}
