package uk.nhs.smartcardportal.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** When a person last completed a training subject and, if ESR says, when it expires. */
@Embeddable
public record TrainingCompletion(
        @Column(name = "completed_on") LocalDate completedOn,
        @Column(name = "expires_on") LocalDate expiresOn) {}
