package uk.nhs.smartcardportal.cards.custody;

import java.util.List;

/** The serials entered at the General Office intake against the cards recorded there. */
public record IntakeReconciliation(List<IntakeCard> found, List<IntakeCard> missing, List<UnknownSerial> unknown) {}
