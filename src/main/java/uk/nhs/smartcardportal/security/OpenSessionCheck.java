package uk.nhs.smartcardportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in once it reaches its lifetime, however busy the person, and works its roles out again at intervals,
 * so a role withdrawn, a grant run out, a record ended or a sign-in unlinked reaches sessions already open.
 */
class OpenSessionCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OpenSessionCheck.class);

    private final SessionRoles sessionRoles;
    private final SignInAudit audit;
    private final PortalSecurityProperties properties;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    OpenSessionCheck(SessionRoles sessionRoles, SignInAudit audit, PortalSecurityProperties properties, Clock clock) {
        this.sessionRoles = sessionRoles;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof PortalUser user) {
            check(token, user, request, response);
        }
        chain.doFilter(request, response);
    }

    private void check(
            OAuth2AuthenticationToken token,
            PortalUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Instant now = clock.instant();
        if (!now.isBefore(user.signedInAt().plus(properties.sessionLifetime()))) {
            end(request, user, "The sign-in reached its lifetime of " + properties.sessionLifetime());
            return;
        }
        if (now.isBefore(user.checkedAt().plus(properties.rolesRecheck()))) {
            return;
        }
        Optional<PortalUser> current = sessionRoles.recheck(user, now);
        if (current.isEmpty()) {
            end(request, user, "The staff record has ended or is no longer linked to this sign-in");
            return;
        }
        if (!current.get().roles().equals(user.roles())) {
            log.info(
                    "Roles of staff record {} in an open session changed from {} to {}",
                    user.staffId(),
                    user.roles(),
                    current.get().roles());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new OAuth2AuthenticationToken(
                current.get(), current.get().getAuthorities(), token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private void end(HttpServletRequest request, PortalUser user, String reason) {
        if (user.hasStaffRecord()) {
            audit.sessionEnded(user, reason);
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
