package uk.nhs.smartcardportal.notifications;

/**
 * A message ready to queue: to whom (a staff record, or a team mailbox when there is no staff record), what kind, and
 * its text, HTML and optional calendar file.
 */
record OutgoingMessage(
        Long recipientStaffId, String mailbox, String kind, String subject, String text, String html, String calendar) {

    OutgoingMessage(long recipientStaffId, String kind, String subject, String text, String html, String calendar) {
        this(recipientStaffId, null, kind, subject, text, html, calendar);
    }
}
