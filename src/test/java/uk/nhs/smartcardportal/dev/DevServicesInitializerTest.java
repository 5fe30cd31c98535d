package uk.nhs.smartcardportal.dev;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import uk.nhs.smartcardportal.Application;

class DevServicesInitializerTest {

    @Test
    void theEmbeddedSignInRefusesToStartUnderTheProductionProfile() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("prod");
        application.addInitializers(new DevServicesInitializer());

        assertThatThrownBy(() -> application.run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuse to start under the 'prod' profile");
    }

    @Test
    void otherProfilesAreAllowed() {
        assertThatCode(() -> DevServicesInitializer.refuseInProduction(new String[] {"dev"}))
                .doesNotThrowAnyException();
    }
}
