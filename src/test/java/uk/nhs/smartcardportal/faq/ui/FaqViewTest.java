package uk.nhs.smartcardportal.faq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.faq.FaqEntry;
import uk.nhs.smartcardportal.faq.FaqQuestion;

class FaqViewTest extends ViewTest {

    @Test
    void everyoneReadsTheQuestionsGroupedAndSearchesAsTheyType() {
        signInAs(DemoUsers.STARTER);
        navigate(FaqView.class);

        String list = questionList();
        assertThat(list.split("<a ", -1)).hasSizeGreaterThan(15);
        assertThat(list)
                .contains(
                        "<h2>",
                        "Do I need a Smartcard?",
                        "When and where to collect",
                        "href=\"faq/what-to-bring-to-collect-my-smartcard\"");

        test(find(TextField.class).single()).setValue("passcode");
        assertThat(questionList())
                .contains("faq/forgotten-passcode-or-locked-card")
                .doesNotContain("faq/do-i-need-a-smartcard\"");
        assertThat(find(FaqView.class).single().getElement().getTextRecursively())
                .contains("match");
        test(find(TextField.class).single()).setValue("zzzz no such words");
        assertThat(find(Div.class).withClassName("faq-questions").all()).isEmpty();
        assertThat(find(FaqView.class).single().getElement().getTextRecursively())
                .contains("No questions match");
    }

    @Test
    void theListHoldsNoAnswersAndFewComponentsHoweverManyQuestions() {
        signInAs(DemoUsers.STARTER);
        navigate(FaqView.class);

        assertThat(questionList()).doesNotContain("faq-answer");
        long components = find(FaqView.class).single().getElement().getChildCount()
                + find(FaqView.class)
                        .single()
                        .getChildren()
                        .mapToLong(child -> child.getElement().getChildCount())
                        .sum();
        assertThat(components).isLessThan(10);
    }

    @Test
    void eachQuestionOpensOnAPageOfItsOwn() {
        signInAs(DemoUsers.STARTER);
        navigate("faq/what-to-bring-to-collect-my-smartcard", FaqView.class);

        assertThat(find(H2.class).id("faq-question").getText())
                .isEqualTo("What do I need to bring to collect my " + "Smartcard?");
        assertThat(find(Html.class).single().getElement().getProperty("innerHTML"))
                .isNotBlank();
        assertThat(find(RouterLink.class).withText("All questions").single().getHref())
                .isEqualTo("faq");

        navigate("faq/no-such-question", FaqView.class);
        assertThat(find(FaqView.class).single().getElement().getTextRecursively())
                .contains("no longer in the FAQ");
        assertThat(questionList()).contains("Do I need a Smartcard?");
    }

    @Test
    void questionsAndCategoriesAreEscapedInTheList() {
        String html = FaqView.questionList(
                List.of(new FaqQuestion("a-b", "<b>Cat</b>", "Is <script>alert(1)</script> shown?")));
        assertThat(html).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;Cat&lt;/b&gt;");
    }

    private String questionList() {
        return find(Div.class)
                .withClassName("faq-questions")
                .single()
                .getElement()
                .getProperty("innerHTML");
    }

    @Test
    void anAnswerWithAScriptIsSavedButRendersInert() {
        signInAs(DemoUsers.ADMIN);
        navigate(FaqEditorView.class);
        test(find(Button.class).withText("New question").single()).click();
        test(find(TextField.class).withLabel("Category").single()).setValue("Security test");
        test(find(TextField.class).withLabel("Question").single()).setValue("Is this answer safe to show?");
        test(find(TextArea.class).single())
                .setValue("<script>alert('owned')</script>\n\n"
                        + "<img src=x onerror=alert(1)> [x](javascript:alert(2)) **Yes**");
        test(find(Button.class).withText("Save").single()).click();
        test(find(Button.class).withText("Publish").single()).click();
        @SuppressWarnings("unchecked")
        Grid<FaqEntry> grid = find(Grid.class).single();
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .filter(entry -> entry.getQuestion().equals("Is this answer safe to show?"))
                        .findFirst()
                        .orElseThrow()
                        .isPublished())
                .isTrue();

        signInAs(DemoUsers.STARTER);
        navigate("faq/is-this-answer-safe-to-show", FaqView.class);
        String rendered = find(Html.class).single().getElement().getProperty("innerHTML");
        assertThat(rendered)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("javascript:")
                .contains("&lt;script&gt;")
                .contains("<strong>Yes</strong>");
    }
}
