package uk.nhs.smartcardportal.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, for services that check ownership and for views that greet. */
@Component
public class CurrentUser {

    public Optional<PortalUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** The staff record the signed-in person acts as; fails when there is none. */
    public long requireStaffId() {
        Long staffId = require().staffId();
        if (staffId == null) {
            throw new IllegalStateException("The signed-in person has no staff record");
        }
        return staffId;
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }
}
