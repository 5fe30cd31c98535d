package uk.nhs.smartcardportal.cards;

import java.time.LocalDate;

/** How many cards something happened to on a day. */
public record DayCount(LocalDate day, long cards) {}
