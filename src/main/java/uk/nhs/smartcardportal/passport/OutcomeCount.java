package uk.nhs.smartcardportal.passport;

import org.jspecify.annotations.Nullable;

/** How many people have a passport outcome; no outcome for people not yet assessed. */
public record OutcomeCount(@Nullable PassportOutcome outcome, long people) {}
