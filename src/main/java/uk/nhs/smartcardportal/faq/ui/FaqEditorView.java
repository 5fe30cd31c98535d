package uk.nhs.smartcardportal.faq.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.faq.FaqDraft;
import uk.nhs.smartcardportal.faq.FaqEntry;
import uk.nhs.smartcardportal.faq.FaqService;
import uk.nhs.smartcardportal.faq.MarkdownRenderer;

/** The Workforce Systems Team writes, orders, publishes and unpublishes FAQ entries. */
@Route("faq-editor")
@PageTitle("Edit the FAQ · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Edit the FAQ", order = 85, icon = "vaadin:edit")
@RolesAllowed(Roles.WORKFORCE)
class FaqEditorView extends Main {

    private final FaqService faq;
    private final MarkdownRenderer markdown;
    private final Grid<FaqEntry> grid = new Grid<>();
    private final TextField category = new TextField("Category");
    private final TextField question = new TextField("Question");
    private final TextArea answer = new TextArea("Answer (Markdown: blank lines between paragraphs, - for lists)");
    private final Div preview = new Div();
    private final Button publish = new Button();
    private final FormErrors errors = new FormErrors()
            .on(FaqDraft.CATEGORY, category)
            .on(FaqDraft.QUESTION, question)
            .on(FaqDraft.ANSWER, answer);
    private FaqEntry editing;

    FaqEditorView(FaqService faq, MarkdownRenderer markdown) {
        this.faq = faq;
        this.markdown = markdown;
        addClassName("portal-page");
        add(new H1("Edit the FAQ"));

        grid.addColumn(FaqEntry::getCategory).setHeader("Category").setAutoWidth(true);
        grid.addColumn(FaqEntry::getQuestion).setHeader("Question").setFlexGrow(1);
        grid.addColumn(entry -> entry.isPublished() ? "Published" : "Draft")
                .setHeader("Shown")
                .setAutoWidth(true);
        grid.setItemsPageable(faq::all, pageable -> (int) faq.count());
        grid.setAriaLabel("FAQ entries");
        grid.setHeight("20rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        Button newEntry = new Button("New question", event -> edit(null));
        add(newEntry, grid);

        question.setWidthFull();
        answer.setWidthFull();
        answer.setMinHeight("10rem");
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.addValueChangeListener(event -> showPreview());
        preview.addClassName("faq-answer");

        Button save = new Button("Save");
        save.setDisableOnClick(true);
        save.addClickListener(event -> save(save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(event -> togglePublished());
        Button up = new Button("Move up", event -> move(true));
        Button down = new Button("Move down", event -> move(false));
        FlexLayout actions = new FlexLayout(save, publish, up, down);
        actions.addClassName("portal-actions");
        add(new H2("Question and answer"), category, question, answer, actions, new H2("Preview"), preview);
        edit(null);
    }

    private void edit(FaqEntry entry) {
        editing = entry;
        errors.clear();
        category.setValue(entry == null ? "" : entry.getCategory());
        question.setValue(entry == null ? "" : entry.getQuestion());
        answer.setValue(entry == null ? "" : entry.getAnswer());
        publish.setText(entry != null && entry.isPublished() ? "Unpublish" : "Publish");
        publish.setEnabled(entry != null);
        showPreview();
    }

    private void save(Button save) {
        FaqDraft draft = new FaqDraft(category.getValue(), question.getValue(), answer.getValue());
        FaqEntry[] saved = new FaqEntry[1];
        boolean isNew = editing == null;
        if (errors.attempt(
                save,
                () -> saved[0] = isNew ? faq.create(draft) : faq.update(editing.getId(), editing.getVersion(), draft),
                isNew ? "Saved as a draft. Publish it when it is ready." : "Saved.")) {
            grid.getDataProvider().refreshAll();
            edit(saved[0]);
        }
    }

    private void togglePublished() {
        boolean publishing = !editing.isPublished();
        if (Feedback.attempt(
                () -> faq.setPublished(editing.getId(), editing.getVersion(), publishing),
                publishing ? "Published: everyone can read it now." : "Unpublished: only editors can see it.")) {
            grid.getDataProvider().refreshAll();
            edit(null);
        }
    }

    private void move(boolean up) {
        if (editing == null) {
            Feedback.problem("Choose a question in the list first.");
            return;
        }
        if (Feedback.attempt(() -> faq.move(editing.getId(), editing.getVersion(), up), null)) {
            grid.getDataProvider().refreshAll();
            edit(null);
        }
    }

    private void showPreview() {
        preview.removeAll();
        if (answer.getValue().isBlank()) {
            preview.add(new Paragraph("The answer will appear here as people will see it."));
        } else {
            preview.add(new Html("<div>" + markdown.toSafeHtml(answer.getValue()) + "</div>"));
        }
    }
}
