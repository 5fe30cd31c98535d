package uk.nhs.smartcardportal.passport;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.base.PortalProperties;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.starters.StartersImported;

/**
 * Works out passport answers with {@link PassportRules} and keeps each person's latest answer in
 * {@code passport_status}: for one person when their record changes, for everyone when an agreement or training
 * subject changes, and each night, because training expires as days pass. Everyone is assessed in chunks of people,
 * reading rows with plain SQL, so a large trust never holds all its records in memory at once.
 */
@Component
class PassportAssessor {

    private static final Logger log = LoggerFactory.getLogger(PassportAssessor.class);
    private static final int CHUNK = 1_000;
    private static final String UPSERT = "insert into passport_status (staff_id, outcome, to_do, warnings, "
            + "next_expiry, assessed_on) values (?, ?, ?, ?, ?, ?) on duplicate key update outcome = values(outcome), "
            + "to_do = values(to_do), warnings = values(warnings), next_expiry = values(next_expiry), "
            + "assessed_on = values(assessed_on)";

    private final PassportAgreementRepository agreements;
    private final TrainingSubjectRepository subjects;
    private final ComplianceRecordRepository records;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final PortalProperties portal;
    private final Clock clock;

    PassportAssessor(
            PassportAgreementRepository agreements,
            TrainingSubjectRepository subjects,
            ComplianceRecordRepository records,
            JdbcTemplate jdbc,
            EntityManager entityManager,
            PortalProperties portal,
            Clock clock) {
        this.agreements = agreements;
        this.subjects = subjects;
        this.records = records;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.portal = portal;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    /** The answer for one person, worked out now from what is held. */
    PassportAssessment assess(Staff person) {
        return PassportRules.assess(
                facts(person.getStaffGroup(), records.findById(person.getId()).orElse(null)),
                terms(),
                rules(),
                today());
    }

    /** Works out one person's answer and keeps it, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    PassportAssessment reassess(Staff person) {
        PassportAssessment assessment = assess(person);
        store(List.of(Map.entry(person.getId(), assessment)));
        return assessment;
    }

    @Scheduled(cron = "${portal.passport.reassess-cron:0 15 0 * * *}", zone = "Europe/London")
    public void nightly() {
        long started = System.nanoTime();
        int people = reassessEveryone();
        log.info(
                "Passport answers worked out for {} people in {} ms",
                people,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** New and changed starters get their answer (and changed staff groups count) in the import's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onStartersImported(StartersImported imported) {
        if (imported.created() + imported.updated() > 0) {
            reassessEveryone();
        }
    }

    /** Works out everyone's answer and keeps it; returns how many people were assessed. */
    @Transactional
    public int reassessEveryone() {
        List<AgreementTerms> terms = terms();
        List<SubjectRule> rules = rules();
        LocalDate today = today();
        long after = 0;
        int assessed = 0;
        while (true) {
            List<Map<String, Object>> people = jdbc.queryForList(
                    "select id, staff_group from staff where id > ? " + "order by id limit ?", after, CHUNK);
            if (people.isEmpty()) {
                return assessed;
            }
            long first = ((Number) people.getFirst().get("id")).longValue();
            after = ((Number) people.getLast().get("id")).longValue();
            Map<Long, ComplianceRecord> held = new HashMap<>();
            for (ComplianceRecord record : chunkOfRecords(first, after)) {
                held.put(record.getStaffId(), record);
            }
            List<Map.Entry<Long, PassportAssessment>> answers = new ArrayList<>(people.size());
            for (Map<String, Object> person : people) {
                long staffId = ((Number) person.get("id")).longValue();
                answers.add(Map.entry(
                        staffId,
                        PassportRules.assess(
                                facts((String) person.get("staff_group"), held.get(staffId)), terms, rules, today)));
            }
            store(answers);
            assessed += people.size();
            // Keeps the persistence context to one chunk of records; the caller's changes are written first.
            entityManager.flush();
            entityManager.clear();
        }
    }

    private List<ComplianceRecord> chunkOfRecords(long first, long last) {
        List<Long> ids = jdbc.queryForList(
                "select staff_id from compliance_record where staff_id between ? and ?", Long.class, first, last);
        return ids.isEmpty() ? List.of() : records.findByStaffIdIn(ids);
    }

    private PassportFacts facts(String staffGroup, ComplianceRecord record) {
        if (record == null) {
            return new PassportFacts(false, portal.trustOdsCode(), staffGroup, null, null, null, null, Map.of());
        }
        ComplianceDetails details = record.details();
        Map<String, PassportFacts.TrainingDates> training = new HashMap<>();
        details.training()
                .forEach((subject, completion) -> training.put(
                        subject, new PassportFacts.TrainingDates(completion.completedOn(), completion.expiresOn())));
        return new PassportFacts(
                true,
                details.employerOdsCode() == null ? portal.trustOdsCode() : details.employerOdsCode(),
                staffGroup,
                details.rightToWorkCheckedOn(),
                details.dbsLevel(),
                details.dbsCheckedOn(),
                details.occupationalHealthClearedOn(),
                training);
    }

    List<AgreementTerms> terms() {
        return agreements.findAll().stream().map(PassportAgreement::terms).toList();
    }

    List<SubjectRule> rules() {
        return subjects.findAllByOrderBySortOrder().stream()
                .map(TrainingSubject::rule)
                .toList();
    }

    private void store(List<Map.Entry<Long, PassportAssessment>> answers) {
        LocalDate today = today();
        jdbc.batchUpdate(UPSERT, answers, 500, (statement, answer) -> {
            PassportAssessment assessment = answer.getValue();
            statement.setLong(1, answer.getKey());
            statement.setString(2, assessment.outcome().name());
            statement.setInt(3, assessment.toDo().size());
            statement.setInt(4, assessment.warnings().size());
            statement.setDate(5, assessment.nextExpiry() == null ? null : Date.valueOf(assessment.nextExpiry()));
            statement.setDate(6, Date.valueOf(today));
        });
    }
}
