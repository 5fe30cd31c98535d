package uk.nhs.smartcardportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeaverRetentionRulesTest {

    @Test
    void everyTableHeldAboutAPersonHasARuleForLeavers() {
        assertThat(LeaverRetention.RULES.keySet())
                .containsExactlyInAnyOrderElementsOf(SubjectAccessScope.PARTS.stream()
                        .filter(part -> part.relation() == SubjectAccessScope.Relation.ABOUT_THEM)
                        .map(SubjectAccessScope.Part::table)
                        .distinct()
                        .toList());
    }
}
