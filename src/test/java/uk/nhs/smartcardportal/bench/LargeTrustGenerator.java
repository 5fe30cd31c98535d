package uk.nhs.smartcardportal.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a portal database with a realistic large trust, fast (batched plain SQL) and repeatably (seeded): staff with
 * managers, sites' collection sessions over four years, cards with their whole custody history and audit trail, FAQ
 * entries and everyone's compliance record. Additive: each call tops the tables up to the figures asked for.
 */
public final class LargeTrustGenerator {

    /** How big a trust to make. */
    public record Size(int staff, int cards, int sessions, int faqEntries, boolean compliance) {}

    private static final String[] FIRST = {
        "Amira",
        "Tom",
        "Grace",
        "Dave",
        "Sarah",
        "Liam",
        "Chloe",
        "Mohammed",
        "Helen",
        "Jack",
        "Olivia",
        "Rachel",
        "Daniel",
        "Sian",
        "Priya",
        "Kwame",
        "Aoife",
        "Wei",
        "Fatima",
        "Ewan"
    };
    private static final String[] LAST = {
        "Khan",
        "Reilly",
        "Okafor",
        "Jones",
        "Whitfield",
        "O'Brien",
        "Evans",
        "Ali",
        "Murphy",
        "Thompson",
        "Brown",
        "Green",
        "Wright",
        "Patel",
        "Nowak",
        "Mensah",
        "Byrne",
        "Chen",
        "Hughes",
        "Williams"
    };
    private static final String[] GROUPS = {
        "Nursing and Midwifery Registered",
        "Medical and Dental",
        "Allied Health Professionals",
        "Additional Clinical Services",
        "Administrative and Clerical",
        "Estates and Ancillary",
        "Healthcare Scientists"
    };
    private static final String[] SUBJECTS = {
        "EQUALITY_DIVERSITY",
        "HEALTH_SAFETY",
        "CONFLICT_RESOLUTION",
        "FIRE_SAFETY",
        "INFECTION_PREVENTION",
        "MOVING_HANDLING",
        "SAFEGUARDING_ADULTS",
        "SAFEGUARDING_CHILDREN",
        "PREVENTING_RADICALISATION",
        "RESUSCITATION",
        "INFORMATION_GOVERNANCE"
    };
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final Instant now;
    private final Random random = new Random(42);

    public LargeTrustGenerator(JdbcTemplate jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    public void fill(Size size) {
        sites();
        List<Long> hospitals =
                jdbc.queryForList("select id from site where kind = 'HOSPITAL' and active order by id", Long.class);
        long store = jdbc.queryForObject("select id from site where kind = 'STORE' order by id limit 1", Long.class);
        staff(size.staff(), hospitals);
        sessions(size.sessions(), hospitals);
        cards(size.cards(), store);
        faq(size.faqEntries());
        if (size.compliance()) {
            compliance();
        }
        // a trust this size has long been set up: starters see their pages, not "not ready yet"
        jdbc.update(
                "insert ignore into portal_milestone (name, reached_at) values ('PORTAL_READY', ?)",
                Timestamp.from(now));
    }

    /** A production database starts with no sites (the demo data brings its own): a store and four hospitals. */
    private void sites() {
        if (count("site") > 0) {
            return;
        }
        jdbc.batchUpdate(
                "insert into site (name, kind, address, directions, active) values (?, ?, ?, ?, true)",
                List.of(
                        new Object[] {"Workforce Systems store", "STORE", "Trust headquarters", null},
                        new Object[] {"Royal Hospital", "HOSPITAL", "Prescot Street", "Main entrance, level 1"},
                        new Object[] {"Aintree Hospital", "HOSPITAL", "Lower Lane", "Education centre"},
                        new Object[] {"Broadgreen Hospital", "HOSPITAL", "Thomas Drive", "Outpatients, room 4"},
                        new Object[] {"Dental Hospital", "HOSPITAL", "Pembroke Place", "Reception"}));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private void staff(int target, List<Long> hospitals) {
        int have = count("staff");
        List<Long> managers = new ArrayList<>(jdbc.queryForList(
                "select id from staff where line_manager_id is null " + "order by id limit 2000", Long.class));
        List<Object[]> rows = new ArrayList<>();
        for (int n = have; n < target; n++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            boolean manager = n % 20 == 0 || managers.isEmpty();
            rows.add(new Object[] {
                String.format("B%07d", n),
                first,
                last,
                (first + "." + last + "." + n + "@bench.nhs.example")
                        .toLowerCase()
                        .replace("'", ""),
                manager ? "Ward Manager" : "Staff Nurse",
                GROUPS[random.nextInt(GROUPS.length)],
                "Department " + (n % 300),
                Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2_500))),
                hospitals.get(random.nextInt(hospitals.size())),
                manager ? null : managers.get(random.nextInt(managers.size()))
            });
            if (rows.size() == BATCH || n == target - 1) {
                jdbc.batchUpdate(
                        "insert into staff (employee_number, first_name, last_name, work_email, job_title, "
                                + "staff_group, department, start_date, base_site_id, line_manager_id, smartcard_need, "
                                + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEEDED', 0)",
                        rows);
                rows.clear();
                managers = jdbc.queryForList(
                        "select id from staff where job_title = 'Ward Manager' order by id " + "desc limit 2000",
                        Long.class);
            }
        }
    }

    private void sessions(int target, List<Long> hospitals) {
        int have = count("collection_session");
        Instant first = now.minus(4 * 365, ChronoUnit.DAYS);
        long span = ChronoUnit.HOURS.between(first, now.plus(60, ChronoUnit.DAYS));
        List<Object[]> rows = new ArrayList<>();
        for (int n = have; n < target; n++) {
            Instant starts = first.plus(random.nextLong(span), ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
            rows.add(new Object[] {
                hospitals.get(n % hospitals.size()),
                "Bench room " + (n % 50),
                Timestamp.from(starts),
                Timestamp.from(starts.plus(2, ChronoUnit.HOURS)),
                20 + random.nextInt(30),
                starts.isBefore(now) ? "COMPLETED" : "SCHEDULED"
            });
            if (rows.size() == BATCH || n == target - 1) {
                jdbc.batchUpdate(
                        "insert into collection_session (site_id, room, starts_at, ends_at, capacity, "
                                + "status, version) values (?, ?, ?, ?, ?, ?, 0)",
                        rows);
                rows.clear();
            }
        }
    }

    /** One card's path through the lifecycle, drawn so most are long collected and a few are in flight. */
    private String[] path() {
        int roll = random.nextInt(100);
        if (roll < 82) {
            return new String[] {"REQUESTED", "PRINTED", "IN_STORE", "ALLOCATED", "AT_SESSION", "COLLECTED"};
        } else if (roll < 86) {
            return new String[] {"REQUESTED", "PRINTED", "IN_STORE"};
        } else if (roll < 89) {
            return new String[] {"REQUESTED", "PRINTED", "IN_STORE", "ALLOCATED"};
        } else if (roll < 92) {
            return new String[] {"REQUESTED", "PRINTED", "IN_STORE", "ALLOCATED", "AT_SESSION", "NOT_COLLECTED"};
        } else if (roll < 95) {
            return new String[] {"REQUESTED"};
        } else if (roll < 97) {
            return new String[] {"REQUESTED", "CANCELLED"};
        }
        return new String[] {"REQUESTED", "PRINTED", "IN_STORE", "ALLOCATED", "AT_SESSION", "COLLECTED", "LOST"};
    }

    /**
     * The path of a card its holder has since replaced: it ends where a trust ends such a card (destroyed, or
     * cancelled before printing), since a person has one live card at a time (migration 025).
     */
    private static String[] retired(String[] path) {
        String last = path[path.length - 1];
        List<String> steps = new ArrayList<>(List.of(path));
        switch (last) {
            case "CANCELLED", "LOST" -> {}
            case "REQUESTED" -> steps.add("CANCELLED");
            case "ALLOCATED" -> steps.addAll(List.of("IN_STORE", "DESTROYED"));
            case "AT_SESSION" -> steps.addAll(List.of("NOT_COLLECTED", "DESTROYED"));
            default -> steps.add("DESTROYED");
        }
        return steps.toArray(String[]::new);
    }

    private void cards(int target, long store) {
        int have = count("smartcard");
        // new cards go to people with none yet, so that each person's newest card is their only live one
        List<Long> staffIds = jdbc.queryForList(
                "select id from staff s where not exists (select 1 from smartcard c where c.staff_id = s.id) "
                        + "order by id",
                Long.class);
        if (staffIds.isEmpty() && have < target) {
            throw new IllegalStateException("Every person has cards already: add staff before more cards");
        }
        List<long[]> sessionsBySite = new ArrayList<>();
        jdbc.query("select id, site_id from collection_session order by id", row -> {
            sessionsBySite.add(new long[] {row.getLong(1), row.getLong(2)});
        });
        long nextSerial = 700_000_000_000L + have;
        for (int from = have; from < target; from += BATCH) {
            int upTo = Math.min(target, from + BATCH);
            List<Object[]> requests = new ArrayList<>();
            List<String[]> paths = new ArrayList<>();
            List<long[]> places = new ArrayList<>();
            List<Instant> starts = new ArrayList<>();
            for (int n = from; n < upTo; n++) {
                long staffId = staffIds.get((n - have) % staffIds.size());
                boolean replacedLater = n + staffIds.size() < target;
                String[] path = replacedLater ? retired(path()) : path();
                long[] session = sessionsBySite.get(random.nextInt(sessionsBySite.size()));
                Instant requested = now.minus(10 + random.nextInt(4 * 365), ChronoUnit.DAYS);
                paths.add(path);
                places.add(new long[] {staffId, session[0], session[1]});
                starts.add(requested);
                requests.add(new Object[] {
                    staffId,
                    path.length == 1 ? "OPEN" : path[1].equals("CANCELLED") ? "DECLINED" : "PRINTED",
                    Timestamp.from(requested)
                });
            }
            jdbc.batchUpdate(
                    "insert into card_request (staff_id, reason, origin, status, requested_by_name, "
                            + "requested_at, version) values (?, 'CLINICAL_SYSTEMS', 'AT_RECRUITMENT', ?, 'Recruitment', ?, 0)",
                    requests);
            List<Long> requestIds = jdbc.queryForList(
                            "select id from card_request order by id desc limit ?", Long.class, requests.size())
                    .reversed();
            List<Object[]> cards = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                String[] path = paths.get(i);
                String status = path[path.length - 1];
                long[] place = places.get(i);
                boolean printed = path.length > 1 && !status.equals("CANCELLED");
                boolean onSession = status.equals("ALLOCATED") || List.of(path).contains("AT_SESSION");
                String custody = switch (status) {
                    case "REQUESTED", "CANCELLED" -> "NOT_PRINTED";
                    case "COLLECTED" -> "HOLDER";
                    case "LOST" -> "UNKNOWN";
                    case "DESTROYED" -> "GONE";
                    default -> "SITE";
                };
                cards.add(new Object[] {
                    requestIds.get(i),
                    place[0],
                    printed ? String.valueOf(nextSerial++) : null,
                    status,
                    place[2],
                    onSession ? place[1] : null,
                    custody,
                    custody.equals("SITE") ? store : null,
                    Timestamp.from(starts.get(i).plus(path.length * 3L, ChronoUnit.DAYS)),
                    printed ? Timestamp.from(starts.get(i).plus(3, ChronoUnit.DAYS)) : null
                });
            }
            jdbc.batchUpdate(
                    "insert into smartcard (request_id, staff_id, serial, status, collection_site_id, "
                            + "session_id, custody_kind, custody_site_id, status_changed_at, printed_at, version) values (?, ?, ?, ?, "
                            + "?, ?, ?, ?, ?, ?, 0)",
                    cards);
            List<Long> cardIds = jdbc.queryForList(
                            "select id from smartcard order by id desc limit ?", Long.class, cards.size())
                    .reversed();
            history(cardIds, paths, starts, store);
        }
    }

    private void history(List<Long> cardIds, List<String[]> paths, List<Instant> starts, long store) {
        List<Object[]> transitions = new ArrayList<>();
        List<Object[]> audit = new ArrayList<>();
        for (int i = 0; i < cardIds.size(); i++) {
            String[] path = paths.get(i);
            String from = null;
            for (int step = 0; step < path.length; step++) {
                Timestamp at = Timestamp.from(starts.get(i).plus(step * 3L, ChronoUnit.DAYS));
                String kind = switch (path[step]) {
                    case "REQUESTED", "CANCELLED" -> "NOT_PRINTED";
                    case "AT_SESSION" -> "SESSION";
                    case "COLLECTED" -> "HOLDER";
                    case "LOST" -> "UNKNOWN";
                    case "DESTROYED" -> "GONE";
                    default -> "SITE";
                };
                transitions.add(new Object[] {
                    cardIds.get(i), from, path[step], at, "Workforce Systems", kind, kind.equals("SITE") ? store : null
                });
                audit.add(new Object[] {
                    at,
                    "Workforce Systems",
                    "CARD_" + path[step],
                    String.valueOf(cardIds.get(i)),
                    from == null ? null : "{\"status\":\"" + from + "\"}",
                    "{\"status\":\"" + path[step] + "\"}"
                });
                from = path[step];
            }
        }
        jdbc.batchUpdate(
                "insert into card_transition (card_id, from_status, to_status, occurred_at, actor_name, "
                        + "custody_kind, custody_site_id) values (?, ?, ?, ?, ?, ?, ?)",
                transitions);
        jdbc.batchUpdate(
                "insert into audit_event (occurred_at, actor_name, action, entity_type, entity_id, "
                        + "before_value, after_value) values (?, ?, ?, 'Smartcard', ?, ?, ?)",
                audit);
    }

    private void faq(int target) {
        int have = count("faq_entry");
        List<Object[]> rows = new ArrayList<>();
        for (int n = have; n < target; n++) {
            rows.add(new Object[] {
                "bench-question-" + n,
                "Category " + (n % 12),
                "Benchmark question " + n + " about smartcards, sessions and passports?",
                "An answer with **some formatting** for question " + n + ". See the Workforce Systems Team for more.",
                n,
                Timestamp.from(now)
            });
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into faq_entry (slug, category, question, answer, position, published, "
                            + "updated_at, version) values (?, ?, ?, ?, ?, true, ?, 0)",
                    rows);
        }
    }

    /** A compliance record and every training subject for each person who has none. */
    private void compliance() {
        List<Long> missing = jdbc.queryForList(
                "select s.id from staff s left join compliance_record c on "
                        + "c.staff_id = s.id where c.staff_id is null order by s.id",
                Long.class);
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Object[]> records = new ArrayList<>();
            List<Object[]> training = new ArrayList<>();
            for (long staffId : chunk) {
                LocalDate checked = today.minusDays(30 + random.nextInt(1_500));
                records.add(new Object[] {
                    staffId,
                    Date.valueOf(checked),
                    Date.valueOf(checked),
                    Date.valueOf(checked.plusDays(14)),
                    Timestamp.from(now)
                });
                for (String subject : SUBJECTS) {
                    LocalDate completed = today.minusDays(random.nextInt(800));
                    training.add(new Object[] {
                        staffId,
                        subject,
                        Date.valueOf(completed),
                        Date.valueOf(completed.plusYears(
                                subject.equals("RESUSCITATION") || subject.equals("INFORMATION_GOVERNANCE") ? 1 : 2))
                    });
                }
            }
            jdbc.batchUpdate(
                    "insert into compliance_record (staff_id, employer_ods_code, right_to_work_checked_on, "
                            + "dbs_level, dbs_checked_on, occupational_health_cleared_on, updated_at, version) values "
                            + "(?, 'REM', ?, 'ENHANCED', ?, ?, ?, 0)",
                    records);
            jdbc.batchUpdate(
                    "insert into training_record (staff_id, subject_code, completed_on, expires_on) values "
                            + "(?, ?, ?, ?)",
                    training);
        }
    }
}
