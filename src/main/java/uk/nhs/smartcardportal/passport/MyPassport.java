package uk.nhs.smartcardportal.passport;

import java.time.LocalDate;

/** A person's passport answer as they see it, worked out on the day. */
public record MyPassport(String name, String staffGroup, PassportAssessment assessment, LocalDate assessedOn) {}
