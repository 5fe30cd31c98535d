package uk.nhs.smartcardportal.notifications;

/**
 * A message ready to queue: to whom (a staff record, or a team mailbox when there is no staff record), what kind, and
 * its text, HTML and optional calendar file; and, for the few messages worth a text, the text message too.
 */
record OutgoingMessage(
        Long recipientStaffId,
        String mailbox,
        String kind,
        String subject,
        String text,
        String html,
        String calendar,
        String sms) {

    OutgoingMessage(
            Long recipientStaffId,
            String mailbox,
            String kind,
            String subject,
            String text,
            String html,
            String calendar) {
        this(recipientStaffId, mailbox, kind, subject, text, html, calendar, null);
    }

    OutgoingMessage(long recipientStaffId, String kind, String subject, String text, String html, String calendar) {
        this(recipientStaffId, null, kind, subject, text, html, calendar, null);
    }

    /** The same message, with a text message to the person's mobile as well. */
    OutgoingMessage withText(String sms) {
        return new OutgoingMessage(recipientStaffId, mailbox, kind, subject, text, html, calendar, sms);
    }
}
