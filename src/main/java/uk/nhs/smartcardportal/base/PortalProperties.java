package uk.nhs.smartcardportal.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Trust-wide settings shown to people.
 *
 * @param supportTeam  the team people contact about smartcards
 * @param supportEmail that team's e-mail address
 * @param supportPhone that team's phone number, optional
 * @param baseUrl      the portal's public address, for links in e-mails
 * @param mailFrom     the From address of the portal's e-mails
 * @param startersChooseSession whether starters may book or change their own collection session at their site
 * @param trustOdsCode the ODS code of the trust running the portal: a person's employer unless ESR says otherwise
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("Workforce Systems Team") String supportTeam,
        @DefaultValue("workforce.systems@nhs.example") String supportEmail,
        @DefaultValue("") String supportPhone,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("smartcards@nhs.example") String mailFrom,
        @DefaultValue("true") boolean startersChooseSession,
        @DefaultValue("REM") String trustOdsCode) {}
