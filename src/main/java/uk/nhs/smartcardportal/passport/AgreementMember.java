package uk.nhs.smartcardportal.passport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member organisation of a passporting agreement, by its ODS code. */
@Embeddable
public record AgreementMember(
        @Column(name = "ods_code", nullable = false, length = 10)
        String odsCode,

        @Column(name = "organisation_name", nullable = false, length = 120)
        String name) {}
