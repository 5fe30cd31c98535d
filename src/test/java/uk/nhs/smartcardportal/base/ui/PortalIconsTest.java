package uk.nhs.smartcardportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every icon the menu names is in the sprite, so no menu entry shows an empty square. */
class PortalIconsTest {

    @Test
    void everyMenuIconIsInTheSprite() throws IOException {
        String sprite;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/" + PortalIcons.SPRITE)) {
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> icons = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.nhs.smartcardportal")
                        .stream()
                        .filter(type -> type.isAnnotatedWith(Menu.class))
                        .map(JavaClass::reflect)
                        .map(type -> type.getAnnotation(Menu.class).icon())
                        .filter(icon -> !icon.isBlank())
                        .toList();
        assertThat(icons).hasSizeGreaterThan(15);
        assertThat(icons)
                .allSatisfy(icon ->
                        assertThat(sprite).contains("<symbol id=\"" + icon.substring(icon.indexOf(':') + 1) + "\""));
        assertThat(sprite).contains("<symbol id=\"" + PortalIcons.SEARCH + "\"");
        assertThat(PortalIcons.create("vaadin:home").getElement().getAttribute("aria-hidden"))
                .isEqualTo("true");
    }
}
