package uk.nhs.smartcardportal.faq.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.smartcardportal.faq.FaqEntry;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.faq.MarkdownRenderer;

/** The FAQ for everyone: grouped by category, searchable as you type, each answer with a link of its own. */
@Route("faq")
@PageTitle("Help and FAQ · Smartcard Portal")
@Menu(title = "Help and FAQ", order = 60, icon = "vaadin:question-circle-o")
@PermitAll
public class FaqView extends Main implements HasUrlParameter<String> {

    static final int SEARCH_MAX = 100;

    private final FaqService faq;
    private final MarkdownRenderer markdown;
    private final TextField search = new TextField("Search the questions and answers");
    private final Div results = new Div();
    private String openSlug;

    public FaqView(FaqService faq, MarkdownRenderer markdown) {
        this.faq = faq;
        this.markdown = markdown;
        addClassNames("portal-page", "faq");
        add(new H1("Help and frequently asked questions"));
        search.setPrefixComponent(PortalIcons.create(PortalIcons.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.setWidth("min(100%, 32rem)");
        search.addValueChangeListener(event -> show());
        results.getElement().setAttribute("aria-live", "polite");
        add(search, results);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String slug) {
        openSlug = slug;
        show();
    }

    private void show() {
        results.removeAll();
        List<FaqEntry> entries = faq.published(search.getValue());
        if (entries.isEmpty()) {
            results.add(new Paragraph("No questions match \u201c" + search.getValue().strip() + "\u201d. Try other "
                    + "words, or contact the Workforce Systems Team."));
            return;
        }
        Map<String, Section> categories = new LinkedHashMap<>();
        for (FaqEntry entry : entries) {
            categories.computeIfAbsent(entry.getCategory(), name -> new Section(new H2(name)))
                    .add(question(entry));
        }
        categories.values().forEach(results::add);
    }

    /**
     * One question. Its answer is rendered when it is opened, so a page of hundreds of questions holds one component
     * each, not the answers' whole trees, for every person reading the FAQ.
     */
    private Details question(FaqEntry entry) {
        Details details = new Details(entry.getQuestion());
        details.setId("faq-" + entry.getSlug());
        if (entry.getSlug().equals(openSlug) || !search.getValue().isBlank()) {
            details.add(answer(entry));
            details.setOpened(true);
        } else {
            details.addOpenedChangeListener(event -> {
                if (event.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(answer(entry));
                }
            });
        }
        return details;
    }

    private Div answer(FaqEntry entry) {
        Div answer = new Div(new Html("<div>" + markdown.toSafeHtml(entry.getAnswer()) + "</div>"));
        answer.addClassName("faq-answer");
        Anchor link = new Anchor("faq/" + entry.getSlug(), "Link to this answer");
        link.addClassName("faq-link");
        answer.add(link);
        return answer;
    }
}
