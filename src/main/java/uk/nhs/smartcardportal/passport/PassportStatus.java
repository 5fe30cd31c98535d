package uk.nhs.smartcardportal.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A person's passport answer as last worked out, kept so lists can filter and page in the database. */
@Entity
@Table(name = "passport_status")
class PassportStatus {

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PassportOutcome outcome;

    @Column(name = "to_do", nullable = false)
    private int toDo;

    @Column(nullable = false)
    private int warnings;

    @Column(name = "next_expiry")
    private LocalDate nextExpiry;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    protected PassportStatus() {}
}
