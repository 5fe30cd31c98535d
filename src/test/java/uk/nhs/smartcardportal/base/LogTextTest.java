package uk.nhs.smartcardportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aTypedLineBreakCannotStartAForgedLogLine() {
        String forged = "no-such-page\r\n2027-01-01 INFO Sign-in succeeded for admin";

        assertThat(LogText.of(forged))
                .doesNotContain("\n")
                .doesNotContain("\r")
                .isEqualTo("no-such-page\\u000d\\u000a2027-01-01 INFO Sign-in succeeded for admin");
    }

    @Test
    void longTextIsCutAndSaysSo() {
        assertThat(LogText.of("x".repeat(10_000)))
                .hasSize(LogText.MAX + "…(cut)".length())
                .endsWith("…(cut)");
        assertThat(LogText.of("short")).isEqualTo("short");
        assertThat(LogText.of(null)).isEmpty();
    }
}
