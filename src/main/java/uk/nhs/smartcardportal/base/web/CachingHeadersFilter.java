package uk.nhs.smartcardportal.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets browsers keep static files: Vaadin's built scripts carry a content hash in their names, so a changed file is a
 * new name and they may be kept for a year (Vaadin itself allows an hour); the icon sprite for a day. Nothing else is
 * touched: pages and their data are never cached.
 */
@Component
@Order(CachingHeadersFilter.BEFORE_SPRING_SECURITY)
public class CachingHeadersFilter extends OncePerRequestFilter {

    static final String HASHED_FILES = "public, max-age=31536000, immutable";
    static final String ICONS = "public, max-age=86400";

    /** Spring Security's filter runs at -100 and writes "no-store" first: this filter wraps the response before it. */
    static final int BEFORE_SPRING_SECURITY = -110;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String policy = path.startsWith("/VAADIN/build/") ? HASHED_FILES : path.startsWith("/icons/") ? ICONS : null;
        if (policy == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", policy);
        chain.doFilter(request, new KeepingCacheControl(response));
    }

    /** Ignores later attempts (Vaadin's shorter time, Spring Security's no-cache) to change the policy set here. */
    private static final class KeepingCacheControl extends HttpServletResponseWrapper {

        KeepingCacheControl(HttpServletResponse response) {
            super(response);
        }

        private static boolean isCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCaching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
