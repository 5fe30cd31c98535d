package uk.nhs.smartcardportal.leavers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.Feedback;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;
import uk.nhs.smartcardportal.staff.ui.LeavingDateForm;

/** People a full staff list left out: Workforce records their leaving date, or that they still work here. */
@Route(NotOnStaffListView.ROUTE)
@PageTitle("Not on the staff list · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Not on the staff list", order = 79.5, icon = "vaadin:users")
@RolesAllowed(Roles.WORKFORCE)
class NotOnStaffListView extends Main {

    static final String ROUTE = "not-on-staff-list";

    private final StaffListService staffList;
    private final Grid<Staff> grid = new Grid<>();

    NotOnStaffListView(StaffListService staffList) {
        this.staffList = staffList;
        addClassName("portal-page");
        add(
                new H1("Not on the staff list"),
                new Paragraph("The last whole staff list imported from ESR did not include these people. Nobody is "
                        + "deleted: record the day each one left, or that they still work here."));
        grid.addColumn(Staff::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Staff::getEmployeeNumber).setHeader("Employee number").setAutoWidth(true);
        grid.addColumn(Staff::getDepartment).setHeader("Department").setAutoWidth(true);
        grid.addColumn(person -> UkTime.date(person.getMissingFromStaffListSince()))
                .setHeader("Not on the list since")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Decision").setAutoWidth(true);
        grid.setItemsPageable(staffList::notOnStaffList, pageable -> (int) staffList.countNotOnStaffList());
        grid.setAriaLabel("People not on the staff list");
        grid.setEmptyStateText("Everyone on the portal's staff list was on the last whole list imported.");
        add(grid);
    }

    private HorizontalLayout actions(Staff person) {
        Button left = new Button("Record leaving date", event -> askLeavingDate(person));
        left.setAriaLabel("Record leaving date for " + person.getFullName());
        Button keep = new Button("Still works here", event -> {
            if (Feedback.attempt(
                    () -> staffList.keepOnStaffList(person.getId()),
                    person.getFullName() + " stays on the staff list.")) {
                grid.getDataProvider().refreshAll();
            }
        });
        keep.setAriaLabel(person.getFullName() + " still works here");
        return new HorizontalLayout(left, keep);
    }

    private void askLeavingDate(Staff person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("When did " + person.getFullName() + " leave?");
        dialog.add(new LeavingDateForm(staffList, person.getId(), person.getFullName(), person, () -> {
            dialog.close();
            grid.getDataProvider().refreshAll();
        }));
        dialog.getFooter().add(new Button("Cancel", event -> dialog.close()));
        dialog.open();
    }
}
