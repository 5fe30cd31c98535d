package uk.nhs.smartcardportal.base.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** A logged exception's messages and stack ({@code %wEx}) with e-mail addresses masked. */
public class AddressFreeThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return NoAddresses.in(super.throwableProxyToString(proxy));
    }
}
