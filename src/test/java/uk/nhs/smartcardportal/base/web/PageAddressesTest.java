package uk.nhs.smartcardportal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;

/** Each address a message links to is a page of the portal. */
class PageAddressesTest extends ViewTest {

    @Test
    void everyAddressMessagesLinkToIsARoute() {
        signInAs(DemoUsers.ADMIN);
        List<String> addresses = Arrays.stream(PageAddresses.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(field -> {
                    try {
                        return (String) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();

        assertThat(addresses)
                .hasSize(3)
                .allSatisfy(address -> assertThat(
                                RouteConfiguration.forApplicationScope().getRoute(address))
                        .as(address)
                        .isPresent());
    }
}
