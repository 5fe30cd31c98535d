package uk.nhs.smartcardportal.faq.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.nhs.smartcardportal.ViewTest;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.faq.FaqEntry;

class FaqViewTest extends ViewTest {

    @Test
    void everyoneReadsItGroupedAndSearchesAsTheyType() {
        signInAs(DemoUsers.STARTER);
        navigate(FaqView.class);

        assertThat(find(Details.class).all()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(find(FaqView.class).single().getElement().getTextRecursively())
                .contains("Do I need a Smartcard?", "When and where to collect", "Who to contact");

        test(find(TextField.class).single()).setValue("passcode");
        assertThat(find(Details.class).all()).isNotEmpty().allSatisfy(details -> assertThat(details.isOpened())
                .isTrue());
        test(find(TextField.class).single()).setValue("zzzz no such words");
        assertThat(find(Details.class).all()).isEmpty();
        assertThat(find(FaqView.class).single().getElement().getTextRecursively()).contains("No questions match");
    }

    @Test
    void eachQuestionHasALinkThatOpensIt() {
        signInAs(DemoUsers.STARTER);
        navigate("faq/what-to-bring-to-collect-my-smartcard", FaqView.class);

        Details opened = find(Details.class).id("faq-what-to-bring-to-collect-my-smartcard");
        assertThat(opened.isOpened()).isTrue();
        assertThat(find(Details.class).all()).filteredOn(Details::isOpened).hasSize(1);
    }

    @Test
    void anAnswerWithAScriptIsSavedButRendersInert() {
        signInAs(DemoUsers.ADMIN);
        navigate(FaqEditorView.class);
        test(find(Button.class).withText("New question").single()).click();
        test(find(TextField.class).withLabel("Category").single()).setValue("Security test");
        test(find(TextField.class).withLabel("Question").single()).setValue("Is this answer safe to show?");
        test(find(TextArea.class).single()).setValue("<script>alert('owned')</script>\n\n"
                + "<img src=x onerror=alert(1)> [x](javascript:alert(2)) **Yes**");
        test(find(Button.class).withText("Save").single()).click();
        test(find(Button.class).withText("Publish").single()).click();
        @SuppressWarnings("unchecked")
        Grid<FaqEntry> grid = find(Grid.class).single();
        assertThat(grid.getGenericDataView().getItems()
                .filter(entry -> entry.getQuestion().equals("Is this answer safe to show?"))
                .findFirst().orElseThrow().isPublished()).isTrue();

        signInAs(DemoUsers.STARTER);
        navigate("faq/is-this-answer-safe-to-show", FaqView.class);
        Details details = find(Details.class).id("faq-is-this-answer-safe-to-show");
        String rendered = find(Html.class, details).single().getElement().getProperty("innerHTML");
        assertThat(rendered).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("&lt;script&gt;").contains("<strong>Yes</strong>");
    }

    @Test
    void anAnswerIsRenderedWhenItsQuestionIsOpened() {
        signInAs(DemoUsers.STARTER);
        navigate(FaqView.class);
        Details closed = find(Details.class).all().stream().filter(details -> !details.isOpened()).findFirst()
                .orElseThrow();
        assertThat(find(Html.class, closed).all()).isEmpty();

        closed.setOpened(true);

        assertThat(find(Html.class, closed).single().getElement().getProperty("innerHTML")).isNotBlank();
    }
}
