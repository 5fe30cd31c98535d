package uk.nhs.smartcardportal.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A local SMTP server (GreenMail) that keeps every message the portal sends, so nothing leaves the machine. */
public final class MailSink {

    private static volatile GreenMail greenMail;

    private MailSink() {}

    static synchronized int start(int port) {
        if (greenMail == null) {
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            greenMail = mail;
        }
        return greenMail.getSmtp().getPort();
    }

    /** The running sink, for tests that read what was sent. */
    public static GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("The mail sink has not been started");
        }
        return greenMail;
    }
}
