package uk.nhs.smartcardportal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice of the e-mails they may turn off. Messages about their card are not among them. */
@Entity
@Table(name = "message_preference")
class MessagePreference {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "session_reminders", nullable = false)
    private boolean sessionReminders = true;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "team_digest", nullable = false)
    private boolean teamDigest = true;

    @Column(nullable = false)
    private boolean texts = true;

    protected MessagePreference() {}

    MessagePreference(long staffId) {
        this.staffId = staffId;
    }

    boolean isSessionReminders() {
        return sessionReminders;
    }

    boolean isTeamDigest() {
        return teamDigest;
    }

    boolean isTexts() {
        return texts;
    }

    void chooseTexts(boolean wanted, Instant at) {
        this.texts = wanted;
        this.updatedAt = at;
    }

    void chooseTeamDigest(boolean wanted, Instant at) {
        this.teamDigest = wanted;
        this.updatedAt = at;
    }

    void chooseSessionReminders(boolean wanted, Instant at) {
        this.sessionReminders = wanted;
        this.updatedAt = at;
    }
}
