package uk.nhs.smartcardportal.starters;

/**
 * A file's change to the e-mail or manager of a person who has signed in or holds a role: whoever controls those
 * controls where the person's messages go and who decides for them, so an import makes it only when a Workforce
 * member confirms it.
 *
 * @param change what would change, in words, e.g. "e-mail a@x to b@x"
 * @param why    why it needs confirming: "has signed in", "holds a role", or both
 */
public record HeldChange(long line, String employeeNumber, String name, String change, String why) {}
