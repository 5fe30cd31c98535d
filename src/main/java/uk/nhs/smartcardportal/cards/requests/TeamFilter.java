package uk.nhs.smartcardportal.cards.requests;

/** A manager's team view filter: name or employee number text, and "decision needed only". */
public record TeamFilter(String person, boolean decisionNeededOnly) {}
