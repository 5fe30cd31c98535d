package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.base.ui.ViewSwitcher;
import uk.nhs.smartcardportal.passport.AgreementDraft;
import uk.nhs.smartcardportal.passport.AgreementMember;
import uk.nhs.smartcardportal.passport.AgreementService;
import uk.nhs.smartcardportal.passport.PassportAgreement;
import uk.nhs.smartcardportal.passport.StaffGroup;
import uk.nhs.smartcardportal.passport.TrainingSubject;

/** The passporting agreements the trust is in, and the training subjects the passport asks for. */
@Route("passport-rules")
@PageTitle("Passport agreements · Smartcard Portal")
@InMenuGroup(MenuGroup.PASSPORT)
@Menu(title = "Passport agreements", order = 72, icon = "vaadin:handshake")
@RolesAllowed(Roles.WORKFORCE)
class AgreementsView extends Main {

    private final AgreementService rules;
    private final Grid<PassportAgreement> agreements = new Grid<>();
    private final Grid<TrainingSubject> subjects = new Grid<>();

    AgreementsView(AgreementService rules) {
        this.rules = rules;
        addClassName("portal-page");
        agreements.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        agreements.addColumn(PassportAgreement::getName).setHeader("Agreement").setFlexGrow(2);
        agreements
                .addColumn(agreement -> agreement.getMembers().stream()
                        .map(member -> member.name() + " (" + member.odsCode() + ")")
                        .collect(Collectors.joining(", ")))
                .setHeader("Members")
                .setFlexGrow(3);
        agreements
                .addColumn(agreement -> agreement.isAllStaffGroups()
                        ? "All staff groups"
                        : agreement.getStaffGroups().stream()
                                .map(StaffGroup::label)
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setHeader("Staff groups")
                .setFlexGrow(2);
        agreements
                .addColumn(agreement -> UkTime.DATE.format(agreement.getValidFrom()) + " to "
                        + (agreement.getValidTo() == null ? "no end date" : UkTime.DATE.format(agreement.getValidTo())))
                .setHeader("Valid")
                .setAutoWidth(true);
        agreements
                .addColumn(LitRenderer.<PassportAgreement>of("<vaadin-button theme=\"tertiary\" "
                                + "aria-label=\"Change ${item.name}\" @click=\"${change}\">Change</vaadin-button>")
                        .withProperty("name", PassportAgreement::getName)
                        .withFunction("change", this::editAgreement))
                .setHeader("Action")
                .setAutoWidth(true);
        agreements.setAriaLabel("Passporting agreements");
        agreements.setEmptyStateText("No agreements yet.");
        agreements.setAllRowsVisible(true);

        subjects.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        subjects.addColumn(TrainingSubject::getName).setHeader("Subject").setFlexGrow(2);
        subjects.addColumn(subject -> subject.getRefresherMonths() + " months")
                .setHeader("Refresher")
                .setAutoWidth(true);
        subjects.addColumn(subject -> subject.isAllStaffGroups()
                        ? "Everyone"
                        : subject.getRequiredFor().stream()
                                .map(StaffGroup::label)
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setHeader("Needed by")
                .setFlexGrow(3);
        subjects.addColumn(TrainingSubject::getRenewAt).setHeader("Renewed at").setFlexGrow(2);
        subjects.addColumn(LitRenderer.<TrainingSubject>of("<vaadin-button theme=\"tertiary\" "
                                + "aria-label=\"Change ${item.name}\" @click=\"${change}\">Change</vaadin-button>")
                        .withProperty("name", TrainingSubject::getName)
                        .withFunction("change", this::editSubject))
                .setHeader("Action")
                .setAutoWidth(true);
        subjects.setAriaLabel("Training subjects");
        subjects.setAllRowsVisible(true);

        Button add = new Button("Add an agreement", event -> editAgreement(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ViewSwitcher tabs = new ViewSwitcher("Show");
        tabs.add(
                "Agreements",
                new Div(
                        new Paragraph("Staff employed by a member organisation, in a covered staff "
                                + "group, may work at the other members without repeating their checks while the agreement is "
                                + "valid."),
                        add,
                        agreements));
        tabs.add(
                "Training subjects",
                new Div(
                        new Paragraph("The statutory and mandatory training the passport asks "
                                + "for. When ESR gives no expiry date, a completion lasts the refresher period."),
                        subjects));
        add(new H1("Passport agreements"), tabs);
        refresh();
    }

    private void refresh() {
        agreements.setItems(rules.agreements());
        subjects.setItems(rules.subjects());
    }

    private void editAgreement(PassportAgreement agreement) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(agreement == null ? "Add an agreement" : "Change " + agreement.getName());
        TextField name = new TextField("Name");
        name.setRequiredIndicatorVisible(true);
        TextArea members = new TextArea("Member organisations");
        members.setHelperText("One per line: ODS code, then a comma, then the name. For example: REM, Liverpool "
                + "University Hospitals NHS Foundation Trust");
        Checkbox all = new Checkbox("All staff groups");
        CheckboxGroup<StaffGroup> groups = new CheckboxGroup<>("Staff groups covered");
        groups.setItems(StaffGroup.values());
        groups.setItemLabelGenerator(StaffGroup::label);
        groups.addClassName("stacked-radios");
        all.addValueChangeListener(event -> groups.setEnabled(!event.getValue()));
        DatePicker from = UkDatePickers.create("Valid from");
        DatePicker to = UkDatePickers.create("Valid to");
        to.setHelperText("Blank for no end date.");
        TextArea notes = new TextArea("Notes");
        if (agreement != null) {
            name.setValue(agreement.getName());
            members.setValue(agreement.getMembers().stream()
                    .map(member -> member.odsCode() + ", " + member.name())
                    .collect(Collectors.joining("\n")));
            all.setValue(agreement.isAllStaffGroups());
            groups.setValue(agreement.getStaffGroups());
            from.setValue(agreement.getValidFrom());
            to.setValue(agreement.getValidTo());
            notes.setValue(agreement.getNotes() == null ? "" : agreement.getNotes());
        }
        FormErrors errors = new FormErrors()
                .on(AgreementDraft.NAME, name)
                .on(AgreementDraft.MEMBERS, members)
                .on(AgreementDraft.STAFF_GROUPS, groups)
                .on(AgreementDraft.VALID_FROM, from)
                .on(AgreementDraft.VALID_TO, to)
                .on(AgreementDraft.NOTES, notes);
        Button save = new Button("Save");
        save.setDisableOnClick(true);
        save.addClickListener(event -> {
            if (UkDatePickers.unreadable(from) | UkDatePickers.unreadable(to)) {
                save.setEnabled(true);
                return;
            }
            AgreementDraft draft = new AgreementDraft(
                    name.getValue(),
                    members(members.getValue()),
                    all.getValue(),
                    groups.getValue().isEmpty() ? EnumSet.noneOf(StaffGroup.class) : EnumSet.copyOf(groups.getValue()),
                    from.getValue(),
                    to.getValue(),
                    notes.getValue());
            if (errors.attempt(
                    save,
                    () -> rules.saveAgreement(
                            agreement == null ? null : agreement.getId(),
                            agreement == null ? 0 : agreement.getVersion(),
                            draft),
                    "Agreement saved; everyone's answer is " + "worked out again.")) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(name, members, all, groups, from, to, notes);
        body.setPadding(false);
        members.setWidthFull();
        notes.setWidthFull();
        name.setWidthFull();
        dialog.add(body);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
        name.focus();
    }

    /** Members as typed, one per line "CODE, Name"; the service checks each. */
    static List<AgreementMember> members(String typed) {
        List<AgreementMember> members = new ArrayList<>();
        for (String line : typed == null ? new String[0] : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            members.add(
                    comma < 0
                            ? new AgreementMember(line.strip(), null)
                            : new AgreementMember(
                                    line.substring(0, comma).strip(),
                                    line.substring(comma + 1).strip()));
        }
        return members;
    }

    private void editSubject(TrainingSubject subject) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Change " + subject.getName());
        IntegerField months = new IntegerField("Refresher period in months");
        months.setMin(1);
        months.setMax(120);
        months.setStepButtonsVisible(true);
        months.setValue(subject.getRefresherMonths());
        Checkbox everyone = new Checkbox("Needed by all staff groups", subject.isAllStaffGroups());
        CheckboxGroup<StaffGroup> groups = new CheckboxGroup<>("Needed by");
        groups.setItems(StaffGroup.values());
        groups.setItemLabelGenerator(StaffGroup::label);
        groups.addClassName("stacked-radios");
        groups.setValue(subject.getRequiredFor());
        groups.setEnabled(!subject.isAllStaffGroups());
        everyone.addValueChangeListener(event -> groups.setEnabled(!event.getValue()));
        TextField renewAt = new TextField("Where people renew it");
        renewAt.setValue(subject.getRenewAt());
        renewAt.setWidthFull();
        FormErrors errors = new FormErrors()
                .on(TrainingSubject.REFRESHER_MONTHS, months)
                .on(TrainingSubject.REQUIRED_FOR, groups)
                .on(TrainingSubject.RENEW_AT, renewAt);
        Button save = new Button("Save");
        save.setDisableOnClick(true);
        save.addClickListener(event -> {
            Set<StaffGroup> chosen = groups.getValue();
            if (errors.attempt(
                    save,
                    () -> rules.saveSubject(
                            subject.getCode(),
                            subject.getVersion(),
                            months.getValue() == null ? 0 : months.getValue(),
                            everyone.getValue(),
                            chosen,
                            renewAt.getValue()),
                    "Saved; everyone's answer is worked out " + "again.")) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout body = new VerticalLayout(months, everyone, groups, renewAt);
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()), save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
