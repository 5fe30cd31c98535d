package uk.nhs.smartcardportal.base.imports;

/** Something wrong with one line of an imported file; line 1 is the header. Column is null for the whole line. */
public record ImportProblem(long line, String column, String message) {}
