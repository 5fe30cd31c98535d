package uk.nhs.smartcardportal.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.base.RuleViolationException;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.security.SignIn;
import uk.nhs.smartcardportal.staff.StaffRepository;

@IntegrationTest
class FaqServiceTest {

    @Autowired
    FaqService faq;

    @Autowired
    MarkdownRenderer markdown;

    @Autowired
    StaffRepository staff;

    @Test
    void theTrustShipsAtLeastFifteenPublishedAnswersForStarters() {
        SignIn.as(DemoUsers.STARTER, staff);

        var entries = faq.published(null);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(15);
        assertThat(entries)
                .extracting(FaqQuestion::slug)
                .contains(
                        "do-i-need-a-smartcard",
                        "use-esr-without-a-smartcard",
                        "what-to-bring-to-collect-my-smartcard",
                        "change-my-collection-site",
                        "what-if-i-miss-my-collection-session",
                        "lost-or-damaged-smartcard",
                        "forgotten-passcode-or-locked-card",
                        "who-do-i-contact-about-my-smartcard");
        assertThat(faq.published("passcode"))
                .isNotEmpty()
                .allSatisfy(question -> assertThat(faq.publishedBySlug(question.slug())
                                .map(entry ->
                                        (entry.getQuestion() + entry.getAnswer() + entry.getCategory()).toLowerCase()))
                        .hasValueSatisfying(text -> assertThat(text).contains("passcode")));
        assertThat(faq.published("%")).isEmpty();
    }

    @Test
    void workforceWritesADraftPublishesItAndMovesIt() {
        SignIn.as(DemoUsers.ADMIN, staff);
        FaqEntry entry = faq.create(new FaqDraft(
                "Testing", "Can I bring a friend to the session?", "Yes, but **only you** can collect your card."));
        assertThat(entry.isPublished()).isFalse();
        assertThat(entry.getSlug()).isEqualTo("can-i-bring-a-friend-to-the-session");
        FaqEntry again = faq.create(new FaqDraft("Testing", "Can I bring a friend to the session?", "Again"));
        assertThat(again.getSlug()).isEqualTo("can-i-bring-a-friend-to-the-session-2");

        faq.setPublished(entry.getId(), entry.getVersion(), true);
        SignIn.as(DemoUsers.STARTER, staff);
        assertThat(faq.published("bring a friend"))
                .extracting(FaqQuestion::slug)
                .containsExactly(entry.getSlug());
        assertThat(faq.publishedBySlug(again.getSlug())).isEmpty();

        SignIn.as(DemoUsers.ADMIN, staff);
        var before = faq.all(Pageable.unpaged()).stream().map(FaqEntry::getId).toList();
        FaqEntry latest = faq.all(Pageable.unpaged()).stream()
                .filter(e -> e.getId().equals(again.getId()))
                .findFirst()
                .orElseThrow();
        faq.move(latest.getId(), latest.getVersion(), true);
        var after = faq.all(Pageable.unpaged()).stream().map(FaqEntry::getId).toList();
        int index = before.indexOf(again.getId());
        assertThat(after.get(index - 1)).isEqualTo(again.getId());
        assertThat(after.get(index)).isEqualTo(before.get(index - 1));
    }

    @Test
    void badDraftsAreRefusedWithTheFieldsMessage() {
        SignIn.as(DemoUsers.ADMIN, staff);

        assertThatThrownBy(() -> faq.create(new FaqDraft(" ", "Q?", "A")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Enter a category.");
        assertThatThrownBy(() -> faq.create(new FaqDraft("C", "Q".repeat(301), "A")))
                .hasMessage("The question can be at most 300 characters: this has 301.");
        assertThatThrownBy(() -> faq.create(new FaqDraft(" ", "Q".repeat(301), "")))
                .as("every field's problem at once, each against its field")
                .isInstanceOfSatisfying(
                        uk.nhs.smartcardportal.base.InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsOnlyKeys(FaqDraft.CATEGORY, FaqDraft.QUESTION, FaqDraft.ANSWER));
    }

    @Test
    void onlyWorkforceEdits() {
        SignIn.as(DemoUsers.MANAGER, staff);

        assertThatThrownBy(() -> faq.create(new FaqDraft("C", "Q?", "A"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> faq.all(Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answersRenderWithoutScriptsOrRawHtml() {
        String html = markdown.toSafeHtml("Hello <script>alert('x')</script> <img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1)) and [the card page](/my-card) and **bold**");

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .contains("&lt;script&gt;")
                .contains("href=\"/my-card\">the card page</a>")
                .contains("<strong>bold</strong>");
    }

    @Test
    void linksMayBeWebMailOrPhoneButNeverData() {
        String html = markdown.toSafeHtml("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                + "![b](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) [c](https://www.nhs.uk) "
                + "[d](mailto:workforce.systems@nhs.example) [e](tel:01511234567)");

        assertThat(html)
                .doesNotContain("data:")
                .contains("href=\"https://www.nhs.uk\"")
                .contains("href=\"mailto:workforce.systems@nhs.example\"")
                .contains("href=\"tel:01511234567\"");
    }
}
