package uk.nhs.smartcardportal.base.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log line's message ({@code %m}) with e-mail addresses masked; configured in {@code logback-spring.xml}. */
public class AddressFreeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return NoAddresses.in(super.convert(event));
    }
}
