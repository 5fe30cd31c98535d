package uk.nhs.smartcardportal.passport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.smartcardportal.base.RecordNotFoundException;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.passport.AgreementService;
import uk.nhs.smartcardportal.passport.ComplianceDetails;
import uk.nhs.smartcardportal.passport.ComplianceForm;
import uk.nhs.smartcardportal.passport.ComplianceService;
import uk.nhs.smartcardportal.passport.DbsLevel;
import uk.nhs.smartcardportal.passport.PassportService;
import uk.nhs.smartcardportal.passport.StaffGroup;
import uk.nhs.smartcardportal.passport.TrainingCompletion;
import uk.nhs.smartcardportal.passport.TrainingSubject;

/** One person's passport answer and the compliance record behind it, corrected by the Workforce Systems Team. */
@Route("passports/:staffId")
@PageTitle("Staff passport record · Smartcard Portal")
@RolesAllowed(Roles.WORKFORCE)
class ComplianceView extends Main implements BeforeEnterObserver {

    private final ComplianceService compliance;
    private final PassportService passports;
    private final AgreementService agreements;
    private final Div answer = new Div();
    private final Select<StaffGroup> staffGroup = new Select<>();
    private final TextField employer = new TextField("Employer ODS code");
    private final DatePicker rightToWork = UkDatePickers.create("Right to work checked on");
    private final Select<DbsLevel> dbsLevel = new Select<>();
    private final DatePicker dbsDate = UkDatePickers.create("DBS checked on");
    private final DatePicker occupationalHealth = UkDatePickers.create("Occupational health cleared on");
    private final Map<String, DatePicker[]> training = new LinkedHashMap<>();
    private ComplianceForm form;

    ComplianceView(ComplianceService compliance, PassportService passports, AgreementService agreements) {
        this.compliance = compliance;
        this.passports = passports;
        this.agreements = agreements;
        addClassName("portal-page");
        staffGroup.setLabel("Staff group");
        staffGroup.setItems(StaffGroup.values());
        staffGroup.setItemLabelGenerator(value -> value == null ? "Not recorded" : value.label());
        staffGroup.setEmptySelectionAllowed(true);
        staffGroup.setEmptySelectionCaption("Not recorded");
        dbsLevel.setLabel("DBS level");
        dbsLevel.setItems(DbsLevel.values());
        dbsLevel.setItemLabelGenerator(value -> value == null ? "No check recorded" : value.label());
        dbsLevel.setEmptySelectionAllowed(true);
        dbsLevel.setEmptySelectionCaption("No check recorded");
        employer.setHelperText("Blank means this trust.");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long staffId =
                    Long.parseLong(event.getRouteParameters().get("staffId").orElse(""));
            form = compliance.form(staffId);
            render();
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class, "No such person");
        }
    }

    private void render() {
        removeAll();
        training.clear();
        ComplianceDetails details = form.details();
        staffGroup.setValue(StaffGroup.fromName(form.staffGroup()).orElse(null));
        employer.setValue(details.employerOdsCode() == null ? "" : details.employerOdsCode());
        rightToWork.setValue(details.rightToWorkCheckedOn());
        dbsLevel.setValue(details.dbsLevel());
        dbsDate.setValue(details.dbsCheckedOn());
        occupationalHealth.setValue(details.occupationalHealthClearedOn());
        answer.removeAll();
        answer.add(new PassportAnswer(passports.passportOf(form.staffId()), false));

        FlexLayout checks = new FlexLayout(staffGroup, employer, rightToWork, dbsLevel, dbsDate, occupationalHealth);
        checks.addClassName("portal-filters");
        Div subjects = new Div();
        for (TrainingSubject subject : agreements.subjects()) {
            TrainingCompletion held = details.training().get(subject.getCode());
            DatePicker completed = UkDatePickers.create(subject.getName() + " completed");
            DatePicker expires = UkDatePickers.create(subject.getName() + " expires");
            completed.setValue(held == null ? null : held.completedOn());
            expires.setValue(held == null ? null : held.expiresOn());
            expires.setHelperText("Blank: " + subject.getRefresherMonths() + " months after completion.");
            training.put(subject.getCode(), new DatePicker[] {completed, expires});
            FlexLayout line = new FlexLayout(completed, expires);
            line.addClassName("portal-filters");
            subjects.add(line);
        }
        Button save = new Button("Save the record");
        save.setDisableOnClick(true);
        save.addClickListener(event -> save(save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(form.name() + " (" + form.employeeNumber() + ")"),
                answer,
                new H2("Pre-employment checks"),
                new Paragraph(
                        form.held()
                                ? "Every change is kept in the audit " + "trail."
                                : "No record has arrived from ESR for this person yet. Saving starts one."),
                checks,
                new H2("Statutory and mandatory training"),
                subjects,
                save);
    }

    private void save(Button button) {
        boolean unreadable = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(rightToWork, dbsDate, occupationalHealth),
                        training.values().stream().flatMap(java.util.Arrays::stream))
                .map(UkDatePickers::unreadable)
                .reduce(false, Boolean::logicalOr);
        if (unreadable) {
            button.setEnabled(true);
            return;
        }
        FormErrors errors = new FormErrors()
                .on(ComplianceDetails.EMPLOYER, employer)
                .on(ComplianceDetails.STAFF_GROUP, staffGroup)
                .on(ComplianceDetails.RIGHT_TO_WORK, rightToWork)
                .on(ComplianceDetails.DBS_LEVEL, dbsLevel)
                .on(ComplianceDetails.DBS_DATE, dbsDate)
                .on(ComplianceDetails.OCCUPATIONAL_HEALTH, occupationalHealth);
        training.forEach((code, pickers) -> errors.on(ComplianceDetails.completedField(code), pickers[0])
                .on(ComplianceDetails.expiresField(code), pickers[1]));
        Map<String, TrainingCompletion> typed = new LinkedHashMap<>();
        training.forEach((code, pickers) -> {
            if (pickers[0].getValue() != null || pickers[1].getValue() != null) {
                typed.put(code, new TrainingCompletion(pickers[0].getValue(), pickers[1].getValue()));
            }
        });
        ComplianceDetails details = new ComplianceDetails(
                employer.getValue(),
                rightToWork.getValue(),
                dbsLevel.getValue(),
                dbsDate.getValue(),
                occupationalHealth.getValue(),
                typed);
        if (errors.attempt(
                button,
                () -> compliance.save(
                        form.staffId(),
                        form.version(),
                        staffGroup.getValue() == null
                                ? null
                                : staffGroup.getValue().label(),
                        details),
                "Record saved; the answer is worked out again.")) {
            form = compliance.form(form.staffId());
            render();
        }
    }
}
