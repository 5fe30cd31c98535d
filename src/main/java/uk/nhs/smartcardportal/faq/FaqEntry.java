package uk.nhs.smartcardportal.faq;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.smartcardportal.base.AbstractEntity;

/** A question and its answer (Markdown), in a category, in order, published or not. */
@Entity
@Table(name = "faq_entry")
public class FaqEntry extends AbstractEntity {

    public static final int SLUG_MAX = 120;
    public static final int CATEGORY_MAX = 80;
    public static final int QUESTION_MAX = 300;
    public static final int ANSWER_MAX = 10_000;

    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = CATEGORY_MAX)
    private String category;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String answer;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FaqEntry() {}

    FaqEntry(String slug, int position, Instant now) {
        this.slug = slug;
        this.position = position;
        this.updatedAt = now;
    }

    void edit(String category, String question, String answer, Instant now) {
        this.category = category;
        this.question = question;
        this.answer = answer;
        this.updatedAt = now;
    }

    public String getSlug() {
        return slug;
    }

    public String getCategory() {
        return category;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public boolean isPublished() {
        return published;
    }

    void setPublished(boolean published, Instant now) {
        this.published = published;
        this.updatedAt = now;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
