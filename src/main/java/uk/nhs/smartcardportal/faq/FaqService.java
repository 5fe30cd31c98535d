package uk.nhs.smartcardportal.faq;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.smartcardportal.audit.AuditService;
import uk.nhs.smartcardportal.base.InputProblems;
import uk.nhs.smartcardportal.base.LikePattern;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.VersionCheck;

/** Reading the FAQ (everyone signed in) and editing it (the Workforce Systems Team). */
@Service
@PreAuthorize(Roles.IS_WORKFORCE)
public class FaqService {

    private final FaqEntryRepository entries;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    FaqService(FaqEntryRepository entries, AuditService audit, Validator validator, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** Published questions whose question, answer or category hold the text (all when blank), in order. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<FaqQuestion> published(String text) {
        return entries.published(LikePattern.containing(text));
    }

    @Transactional(readOnly = true)
    public List<FaqEntry> all(Pageable pageable) {
        return entries.allInOrder(pageable);
    }

    @Transactional(readOnly = true)
    public long count() {
        return entries.count();
    }

    @Transactional
    public FaqEntry create(FaqDraft draft) {
        validate(draft);
        FaqEntry entry = new FaqEntry(uniqueSlug(draft.question()), entries.maxPosition() + 10, clock.instant());
        entry.edit(
                draft.category().strip(),
                draft.question().strip(),
                draft.answer().strip(),
                clock.instant());
        entries.save(entry);
        audit.record("FAQ_CREATED", "FaqEntry", entry.getId(), null, Map.of("question", entry.getQuestion()));
        return entry;
    }

    @Transactional
    public FaqEntry update(long id, long expectedVersion, FaqDraft draft) {
        validate(draft);
        FaqEntry entry = load(id, expectedVersion);
        Map<String, Object> before =
                Map.of("category", entry.getCategory(), "question", entry.getQuestion(), "answer", entry.getAnswer());
        entry.edit(
                draft.category().strip(),
                draft.question().strip(),
                draft.answer().strip(),
                clock.instant());
        audit.record(
                "FAQ_EDITED",
                "FaqEntry",
                id,
                before,
                Map.of("category", entry.getCategory(), "question", entry.getQuestion(), "answer", entry.getAnswer()));
        return entry;
    }

    @Transactional
    public void setPublished(long id, long expectedVersion, boolean published) {
        FaqEntry entry = load(id, expectedVersion);
        entry.setPublished(published, clock.instant());
        audit.record(published ? "FAQ_PUBLISHED" : "FAQ_UNPUBLISHED", "FaqEntry", id, null, null);
    }

    /** Swaps the entry with its neighbour above (up) or below (down); does nothing at either end. */
    @Transactional
    public void move(long id, long expectedVersion, boolean up) {
        FaqEntry entry = load(id, expectedVersion);
        List<FaqEntry> ordered = entries.allInOrder(Pageable.unpaged());
        int index = ordered.indexOf(entry);
        int neighbour = up ? index - 1 : index + 1;
        if (neighbour < 0 || neighbour >= ordered.size()) {
            return;
        }
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition((i + 1) * 10);
        }
        FaqEntry other = ordered.get(neighbour);
        int position = entry.getPosition();
        entry.setPosition(other.getPosition());
        other.setPosition(position);
        audit.record(
                "FAQ_MOVED", "FaqEntry", id, Map.of("position", position), Map.of("position", entry.getPosition()));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<FaqEntry> publishedBySlug(String slug) {
        return entries.findBySlug(slug).filter(FaqEntry::isPublished);
    }

    private FaqEntry load(long id, long expectedVersion) {
        FaqEntry entry = entries.findById(id).orElseThrow(() -> new RecordNotFoundException("The FAQ entry"));
        VersionCheck.require(entry.getVersion(), expectedVersion, "FAQ entry");
        return entry;
    }

    /** Every field's problem at once, against the field (category, question, answer). */
    private void validate(FaqDraft draft) {
        Set<ConstraintViolation<FaqDraft>> violations = validator.validate(draft);
        InputProblems problems = new InputProblems();
        for (String field : java.util.List.of(FaqDraft.CATEGORY, FaqDraft.QUESTION, FaqDraft.ANSWER)) {
            violations.stream()
                    .filter(violation -> violation.getPropertyPath().toString().equals(field))
                    .findFirst()
                    .ifPresent(violation -> problems.add(
                            field,
                            violation.getMessage()
                                    + (violation.getInvalidValue() instanceof String text && !text.isBlank()
                                            ? ": this has "
                                                    + java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK)
                                                            .format(text.length())
                                                    + "."
                                            : ".")));
        }
        problems.throwIfAny();
    }

    private String uniqueSlug(String question) {
        String base = Normalizer.normalize(question, Normalizer.Form.NFKD)
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "question";
        }
        base = base.substring(0, Math.min(base.length(), FaqEntry.SLUG_MAX - 6));
        String slug = base;
        for (int n = 2; entries.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
