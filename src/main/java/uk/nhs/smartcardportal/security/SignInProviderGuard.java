package uk.nhs.smartcardportal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.nhs.smartcardportal.security.ui.SignInProblemView;

/**
 * Sends a person to a page that explains, instead of to the sign-in provider, when the provider is not answering;
 * and after a failed sign-in, to the same page instead of round again into sign-in.
 */
class SignInProviderGuard extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final SignInProvider provider;

    SignInProviderGuard(SignInProvider provider) {
        this.provider = provider;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + SecurityConfiguration.SIGN_IN_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (provider.isAnswering()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(
                    request.getContextPath() + "/" + SignInProblemView.ROUTE + "?" + SignInProblemView.UNAVAILABLE);
        }
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean answering = provider.isAnsweringAfterFailure();
        logger.warn("Sign-in failed" + (answering ? "" : ", the provider is not answering") + ": " + failure);
        response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE
                + (answering ? "" : "?" + SignInProblemView.UNAVAILABLE));
    }
}
