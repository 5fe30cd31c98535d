package uk.nhs.smartcardportal.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.nhs.smartcardportal.base.AbstractEntity;
import uk.nhs.smartcardportal.sites.Site;

/** A time on a site when the Workforce Systems Team hands cards over. Times are stored in UTC. */
@Entity
@Table(name = "collection_session")
public class CollectionSession extends AbstractEntity {

    public static final int ROOM_MAX = 120;
    public static final int FACILITATORS_MAX = 300;
    public static final int NOTES_MAX = 1000;
    public static final int CANCELLED_REASON_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(nullable = false, length = ROOM_MAX)
    private String room;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(length = FACILITATORS_MAX)
    private String facilitators;

    @Column(length = NOTES_MAX)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "series_id", length = 36)
    private String seriesId;

    @Column(name = "cancelled_reason", length = CANCELLED_REASON_MAX)
    private String cancelledReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    protected CollectionSession() {}

    public CollectionSession(Site site, String room, Instant startsAt, Instant endsAt, int capacity) {
        this.site = site;
        this.room = room;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    public Site getSite() {
        return site;
    }

    public String getRoom() {
        return room;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(String facilitators) {
        this.facilitators = facilitators;
    }

    public String getNotes() {
        return notes;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getSeriesId() {
        return seriesId;
    }

    void setSeriesId(String seriesId) {
        this.seriesId = seriesId;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }

    void reschedule(Site site, String room, Instant startsAt, Instant endsAt, int capacity) {
        this.site = site;
        this.room = room;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    void cancel(String reason, Instant at) {
        this.status = SessionStatus.CANCELLED;
        this.cancelledReason = reason;
        this.statusChangedAt = at;
    }

    void complete(Instant at) {
        this.status = SessionStatus.COMPLETED;
        this.statusChangedAt = at;
    }
}
