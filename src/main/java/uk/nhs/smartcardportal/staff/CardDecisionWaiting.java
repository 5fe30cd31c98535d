package uk.nhs.smartcardportal.staff;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A manager is asked whether their starter's role needs a Smartcard; {@code reminder} when asked again. */
public record CardDecisionWaiting(
        long staffId, long managerId, @Nullable LocalDate startDate, boolean reminder) {}
