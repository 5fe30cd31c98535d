package uk.nhs.smartcardportal.passport;

/** One person's compliance record as the edit page shows it; version 0 and empty values when none is held yet. */
public record ComplianceForm(
        long staffId,
        String name,
        String employeeNumber,
        String staffGroup,
        ComplianceDetails details,
        long version,
        boolean held) {}
