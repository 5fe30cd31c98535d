package uk.nhs.smartcardportal.home.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The menu entries a person may open, worked out once for each set of roles. Vaadin checks every route's access on
 * each call of {@link MenuConfiguration#getMenuEntries()}, which was a sixth of the portal's CPU under load; what a
 * person may open depends only on whether they are signed in and on their authorities, so the answer is shared.
 */
@Component
class MenuEntriesByRoles {

    private record Key(boolean signedIn, Set<String> authorities) {}

    private final Map<Key, List<MenuEntry>> entries = new ConcurrentHashMap<>();

    List<MenuEntry> forCurrentUser() {
        return entries.computeIfAbsent(currentKey(), key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }

    private static Key currentKey() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Key(false, Set.of());
        }
        return new Key(
                true,
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
