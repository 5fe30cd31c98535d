package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.FormErrors;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
import uk.nhs.smartcardportal.base.ui.UkDatePickers;
import uk.nhs.smartcardportal.security.CurrentUser;
import uk.nhs.smartcardportal.security.EffectiveRole;
import uk.nhs.smartcardportal.security.PortalSecurityProperties;
import uk.nhs.smartcardportal.security.Role;
import uk.nhs.smartcardportal.security.RoleGrantService;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.StaffService;
import uk.nhs.smartcardportal.staff.StaffSummary;
import uk.nhs.smartcardportal.staff.ui.LeavingDateForm;

/** Find anyone on the staff list and grant or withdraw the roles the portal gives on top of the provider's. */
@Route("people")
@PageTitle("People and roles · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "People and roles", order = 80, icon = "vaadin:users")
@RolesAllowed(Roles.WORKFORCE)
class PeopleView extends Main {

    private final RoleGrantService roleGrants;
    private final StaffListService staffList;
    private final Grid<StaffSummary> grid = new Grid<>();
    private final Div details = new Div();
    private final StaffService staffService;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String recheck;

    PeopleView(
            StaffService staffService,
            RoleGrantService roleGrants,
            StaffListService staffList,
            CurrentUser currentUser,
            PortalSecurityProperties security,
            Clock clock) {
        this.recheck = inWords(security.rolesRecheck());
        this.staffService = staffService;
        this.currentUser = currentUser;
        this.clock = clock;
        this.roleGrants = roleGrants;
        this.staffList = staffList;
        addClassName("portal-page");
        add(new H1("People and roles"));
        add(new Paragraph("Everyone with a staff record can use the portal as staff. Roles granted here add to the "
                + "roles from the sign-in provider, each until a date and for a reason. A grant takes effect at the "
                + "person's next sign-in, and a withdrawal reaches a session they have open within " + recheck + "."));

        TextField search = new TextField("Find a person");
        search.setPlaceholder("Name, employee number or e-mail");
        search.setPrefixComponent(PortalIcons.create(PortalIcons.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(100%, 28rem)");
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(search);

        grid.addColumn(StaffSummary::fullName)
                .setHeader("Name")
                .setSortProperty("lastName", "firstName")
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::employeeNumber)
                .setHeader("Employee number")
                .setSortProperty("employeeNumber")
                .setAutoWidth(true);
        grid.addColumn(StaffSummary::jobTitle).setHeader("Job title").setAutoWidth(true);
        grid.addColumn(StaffSummary::department).setHeader("Department").setAutoWidth(true);
        grid.addColumn(StaffSummary::baseSiteName).setHeader("Base site").setAutoWidth(true);
        grid.addColumn(person -> person.signedInBefore() ? "Yes" : "Not yet").setHeader("Has signed in");
        // Not counted: counting every one of a large trust's staff on each search costs more than the page itself.
        grid.setItemsPageable(pageable -> staffService.search(search.getValue(), pageable));
        grid.setAriaLabel("Staff");
        grid.setHeight("24rem");
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        add(grid);

        details.addClassName("portal-card");
        details.setVisible(false);
        add(details);
    }

    /** A setting's duration as people say it: "15 minutes", "1 hour". */
    static String inWords(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes % 60 == 0) {
            long hours = minutes / 60;
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    private void show(StaffSummary person) {

        details.removeAll();
        details.setVisible(person != null);
        if (person == null) {
            return;
        }
        details.add(new H2("Roles of " + person.fullName()));
        details.add(rolesOf(person));
        details.add(new H2("Grant a role"));
        if (currentUser.get().map(user -> person.id().equals(user.staffId())).orElse(false)) {
            details.add(new Paragraph(
                    "You cannot grant a role to yourself. Ask another member of the Workforce " + "Systems Team."));
        } else {
            details.add(grantForm(person));
        }
        details.add(new H2("Sign-in"));
        details.add(signIn(person));
        details.add(new H2("Leaving"));
        details.add(new LeavingDateForm(staffList, person.id(), person.fullName(), null, () -> {}));
    }

    private UnorderedList rolesOf(StaffSummary person) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-role-list");
        List<EffectiveRole> roles = roleGrants.effectiveRoles(person.id());
        if (roles.isEmpty()) {
            list.add(new ListItem("None: the person's staff record has ended."));
        }
        for (EffectiveRole held : roles) {
            ListItem item =
                    new ListItem(held.role().label() + ": " + held.source().label() + ". " + held.detail() + ".");
            if (held.withdrawable()) {
                Button withdraw = new Button("Withdraw " + held.role().label());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                withdraw.addClickListener(event -> {
                    if (Feedback.attempt(
                            () -> roleGrants.revoke(person.id(), held.role()),
                            "Withdrew " + held.role().label() + " from " + person.fullName()
                                    + ". Their open sessions lose it within " + recheck + ".")) {
                        show(person);
                    }
                });
                item.add(withdraw);
            }
            list.add(item);
        }
        return list;
    }

    private FormLayout grantForm(StaffSummary person) {
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.MANAGER, Role.RECRUITMENT, Role.WORKFORCE);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.MANAGER);
        DatePicker until = UkDatePickers.create("Until");
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        until.setMin(today);
        until.setMax(today.plusYears(2));
        until.setHelperText("The role ends after this day. At most 2 years from today.");
        TextField why = new TextField("Why they need it");
        why.setHelperText("For example: covering the print queue while the team is short-staffed.");
        Button grant = new Button("Grant role");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setDisableOnClick(true);
        FormErrors errors = new FormErrors().on("until", until).on("reason", why);
        grant.addClickListener(event -> {
            if (UkDatePickers.unreadable(until)) {
                grant.setEnabled(true);
                return;
            }
            Role chosen = role.getValue();
            if (errors.attempt(
                    grant,
                    () -> roleGrants.grant(person.id(), chosen, until.getValue(), why.getValue()),
                    "Granted " + chosen.label() + " to " + person.fullName() + " until "
                            + UkTime.date(until.getValue()) + ". It takes effect when they next sign in, or within "
                            + recheck + " in a session they have open.")) {
                show(person);
            }
        });
        FormLayout form = new FormLayout(role, until, why, grant);
        form.setMaxWidth("40rem");
        return form;
    }

    private Div signIn(StaffSummary person) {
        Div part = new Div();
        if (!person.signedInBefore()) {
            part.add(new Paragraph("Not linked to a sign-in yet: the person's first sign-in links it."));
            return part;
        }
        part.add(new Paragraph("Linked to a sign-in. If it was linked to the wrong person, unlink it: any session "
                + "open with it ends, and the next sign-in is linked afresh."));
        Button unlink = new Button("Unlink sign-in");
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        unlink.addClickListener(event -> {
            if (Feedback.attempt(
                    () -> staffService.unlinkSignIn(person.id()),
                    "Unlinked the sign-in from " + person.fullName() + "'s record.")) {
                part.removeAll();
                part.add(new Paragraph("Not linked to a sign-in: the person's next sign-in links it."));
            }
        });
        part.add(unlink);
        return part;
    }
}
