package uk.nhs.smartcardportal.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.base.ui.PortalIcons;
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
    private final Map<Role, Checkbox> roleBoxes = new EnumMap<>(Role.class);
    private StaffSummary selected;

    PeopleView(StaffService staffService, RoleGrantService roleGrants, StaffListService staffList) {
        this.roleGrants = roleGrants;
        this.staffList = staffList;
        addClassName("portal-page");
        add(new H1("People and roles"));
        add(new Paragraph("Everyone with a staff record can use the portal as staff. Roles granted here add to the "
                + "roles from the sign-in provider and take effect the next time the person signs in."));

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

        for (Role role : new Role[] {Role.MANAGER, Role.RECRUITMENT, Role.WORKFORCE}) {
            Checkbox box = new Checkbox(role.label());
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    change(role, event.getValue());
                }
            });
            roleBoxes.put(role, box);
        }
        details.addClassName("portal-card");
        details.setVisible(false);
        add(details);
    }

    private void show(StaffSummary person) {
        selected = person;
        details.removeAll();
        details.setVisible(person != null);
        if (person == null) {
            return;
        }
        Set<Role> granted = roleGrants.grantedRoles(person.id());
        details.add(new H2("Roles granted in the portal to " + person.fullName()));
        roleBoxes.forEach((role, box) -> {
            box.setValue(granted.contains(role));
            details.add(box);
        });
        details.add(new H2("Leaving"));
        details.add(new LeavingDateForm(staffList, person.id(), person.fullName(), null, () -> {}));
    }

    private void change(Role role, boolean grant) {
        if (grant) {
            roleGrants.grant(selected.id(), role);
        } else {
            roleGrants.revoke(selected.id(), role);
        }
        Notification.show((grant ? "Granted " : "Withdrew ") + role.label() + (grant ? " to " : " from ")
                + selected.fullName() + ". It takes effect when they next sign in.");
    }
}
