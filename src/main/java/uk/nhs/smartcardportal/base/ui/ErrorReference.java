package uk.nhs.smartcardportal.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id quoted to the user and written to the log, so a support call finds the stack trace. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {}

    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
