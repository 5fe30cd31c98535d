package uk.nhs.smartcardportal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A decision on a request: who made it, when, and the note to the person who asked. */
@Embeddable
public class Decision {

    public static final int NOTE_MAX = 500;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "decision_note", length = NOTE_MAX)
    private @Nullable String note;

    protected Decision() {}

    public Decision(String decidedByName, @Nullable String note, Instant decidedAt) {
        this.decidedByName = decidedByName;
        this.note = note;
        this.decidedAt = decidedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public @Nullable String note() {
        return note;
    }
}
