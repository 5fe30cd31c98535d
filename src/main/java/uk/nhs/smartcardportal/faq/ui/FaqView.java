package uk.nhs.smartcardportal.faq.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
import uk.nhs.smartcardportal.faq.FaqEntry;
import uk.nhs.smartcardportal.faq.FaqQuestion;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.faq.MarkdownRenderer;

/**
 * The FAQ for everyone: questions grouped by category, searchable as you type; each question opens its answer on a
 * page of its own (faq/{slug}), a link people can share. The list is one piece of static HTML rather than a
 * component per question, so a trust with hundreds of questions costs each reader little memory on the server.
 */
@Route("faq")
@PageTitle("Help and FAQ · Smartcard Portal")
@Menu(title = "Help and FAQ", order = 60, icon = "vaadin:question-circle-o")
@PermitAll
class FaqView extends Main implements HasUrlParameter<String> {

    private final FaqService faq;
    private final MarkdownRenderer markdown;
    private final TextField search = new TextField("Search the questions and answers");
    private final Div results = new Div();

    FaqView(FaqService faq, MarkdownRenderer markdown) {
        this.faq = faq;
        this.markdown = markdown;
        addClassNames("portal-page", "faq");
        add(new H1("Help and frequently asked questions"));
        search.setPrefixComponent(PortalIcons.create(PortalIcons.SEARCH));
        search.setClearButtonVisible(true);
        search.setId("faq-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.setWidth("min(100%, 32rem)");
        search.addValueChangeListener(event -> showQuestions());
        results.getElement().setAttribute("aria-live", "polite");
        add(search, results);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        if (slug == null) {
            showQuestions();
        } else {
            faq.publishedBySlug(slug).ifPresentOrElse(this::showAnswer, () -> {
                showQuestions();
                results.addComponentAsFirst(
                        new Paragraph("That question is no longer in the FAQ. Here are all " + "the questions."));
            });
        }
    }

    private void showQuestions() {
        search.setVisible(true);
        results.removeAll();
        List<FaqQuestion> questions = faq.published(search.getValue());
        if (questions.isEmpty()) {
            results.add(new Paragraph(
                    "No questions match \u201c" + search.getValue().strip() + "\u201d. Try other "
                            + "words, or contact the Workforce Systems Team."));
            return;
        }
        if (!search.getValue().isBlank()) {
            results.add(new Paragraph(
                    questions.size() == 1 ? "1 question matches." : questions.size() + " questions match."));
        }
        results.add(questionLinks(questions));
    }

    /**
     * The markup is ours and every text in it escaped, so it goes straight into the page: {@link Html} would parse it
     * all again on every opening.
     */
    private static Div questionLinks(List<FaqQuestion> questions) {
        Div links = new Div();
        links.addClassName("faq-questions");
        links.getElement().setProperty("innerHTML", questionList(questions));
        return links;
    }

    /** Every question as a link, under its category's heading; all text escaped. */
    static String questionList(List<FaqQuestion> questions) {
        Map<String, StringBuilder> categories = new LinkedHashMap<>();
        for (FaqQuestion question : questions) {
            categories
                    .computeIfAbsent(question.category(), name -> new StringBuilder())
                    .append("<li><a router-link href=\"faq/")
                    .append(HtmlUtils.htmlEscape(question.slug()))
                    .append("\" id=\"faq-")
                    .append(HtmlUtils.htmlEscape(question.slug()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(question.question()))
                    .append("</a></li>");
        }
        StringBuilder html = new StringBuilder();
        categories.forEach((category, items) -> html.append("<section><h2>")
                .append(HtmlUtils.htmlEscape(category))
                .append("</h2><ul>")
                .append(items)
                .append("</ul></section>"));
        return html.toString();
    }

    /**
     * The answer page has no search box: besides being one thing less on a phone, a hidden field takes no updates,
     * so words still on their way from the box when a question was clicked cannot put the list back.
     */
    private void showAnswer(FaqEntry entry) {
        search.setVisible(false);
        results.removeAll();
        RouterLink back = new RouterLink("All questions", FaqView.class);
        back.addClassName("faq-back");
        H2 question = new H2(entry.getQuestion());
        question.setId("faq-question");
        Div answer = new Div(new Html("<div>" + markdown.toSafeHtml(entry.getAnswer()) + "</div>"));
        answer.addClassName("faq-answer");
        Paragraph category = new Paragraph("In " + entry.getCategory() + ".");
        category.addClassName("faq-category");
        results.add(back, question, answer, category);
    }
}
