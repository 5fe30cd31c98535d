package uk.nhs.smartcardportal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.web.FileAddresses;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String REGISTRATION = "portal";
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;
    static final String SIGNED_OUT_ROUTE = "signed-out";

    /** Health probes are open for load balancers; every other actuator endpoint needs WORKFORCE. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .headers(SecurityHeaders.all())
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.WORKFORCE))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(
            HttpSecurity http,
            PortalOidcUserService oidcUsers,
            SignInProvider provider,
            SessionRoles sessionRoles,
            SignInAudit signIns,
            PortalSecurityProperties properties,
            Clock clock)
            throws Exception {
        SignInProviderGuard guard = new SignInProviderGuard(provider);
        http.addFilterBefore(guard, OAuth2AuthorizationRequestRedirectFilter.class);
        http.addFilterBefore(new OpenSessionCheck(sessionRoles, signIns, properties, clock), AuthorizationFilter.class);
        http.logout(logout -> logout.addLogoutHandler(signIns));
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles.css", "/images/**", "/icons/**", "/favicon.ico")
                        .permitAll()
                        // Vaadin refuses every address that is not one of its views unless it is named here
                        .requestMatchers("/" + FileAddresses.SESSION_CALENDAR_FILES + "*")
                        .authenticated());
        http.headers(SecurityHeaders.all());
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                .failureHandler(guard));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage(SIGN_IN_PATH, "{baseUrl}/" + SIGNED_OUT_ROUTE));
        return http.build();
    }
}
