package uk.nhs.smartcardportal.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.GridDates;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PageLayout;
import uk.nhs.smartcardportal.notifications.Channel;
import uk.nhs.smartcardportal.notifications.OutboxMessage;
import uk.nhs.smartcardportal.notifications.OutboxService;
import uk.nhs.smartcardportal.notifications.OutboxStatus;

/** The outbox of e-mails and texts for the Workforce Systems Team: what is waiting, sent or failed, and resending. */
@Route("outbox")
@PageTitle("Outbox · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Outbox", order = 88, icon = "vaadin:outbox")
@RolesAllowed(Roles.WORKFORCE)
class OutboxView extends Main {

    private final OutboxService outbox;
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Select<OutboxStatus> status = new Select<>();
    private final TextField text = new TextField("Recipient, mobile, subject or kind");

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("portal-page");
        status.setLabel("Status");
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(value -> value == null
                ? "Any status"
                : switch (value) {
                    case PENDING -> "Waiting";
                    case SENT -> "Sent";
                    case FAILED -> "Failed";
                });
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(event -> refresh());
        text.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(status, text);
        filters.addClassName("portal-filters");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridDates.dateTime(grid, OutboxMessage::getCreatedAt, "Written");
        grid.addColumn(message -> message.getChannel() == Channel.SMS ? "Text" : "E-mail")
                .setHeader("By")
                .setAutoWidth(true);
        grid.addColumn(message -> message.getRecipient() == null ? "(no address)" : message.getRecipient())
                .setHeader("To")
                .setFlexGrow(2);
        grid.addColumn(OutboxMessage::getSubject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(MessagesView::state).setHeader("State").setFlexGrow(1);
        grid.addColumn(OutboxMessage::getAttempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(message -> message.getLastError() == null ? "" : message.getLastError())
                .setHeader("Last error")
                .setFlexGrow(2);
        grid.addColumn(LitRenderer.<OutboxMessage>of("<vaadin-button theme=\"tertiary\" "
                                + "aria-label=\"Read the message to ${item.to}\" @click=\"${read}\">Read</vaadin-button>"
                                + "<vaadin-button ?hidden=\"${!item.failed}\" "
                                + "aria-label=\"Send again\" @click=\"${resend}\">Send again</vaadin-button>")
                        .withProperty(
                                "to", message -> message.getRecipient() == null ? "no address" : message.getRecipient())
                        .withProperty("failed", message -> message.getStatus() == OutboxStatus.FAILED)
                        .withFunction(
                                "read", message -> grid.setDetailsVisible(message, !grid.isDetailsVisible(message)))
                        .withFunction("resend", message -> {
                            if (Feedback.attempt(() -> outbox.resend(message.getId()), "Queued to send again.")) {
                                refresh();
                            }
                        }))
                .setHeader("Action")
                .setAutoWidth(true);
        grid.setDetailsVisibleOnClick(false);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(message -> {
            Pre body = new Pre(message.getBodyText());
            body.addClassName("message-body");
            return body;
        }));
        grid.setItemsPageable(pageable -> outbox.outbox(status.getValue(), text.getValue(), pageable), pageable ->
                (int) outbox.countOutbox(status.getValue(), text.getValue()));
        grid.setAriaLabel("Outbox");
        grid.setEmptyStateText("No messages match.");
        add(
                new H1("Outbox of e-mails and texts"),
                new Paragraph("Press Read to see what a message says."),
                filters,
                grid);
        PageLayout.fillWithGrid(this, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
