package uk.nhs.smartcardportal.leavers.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nhs.smartcardportal.base.Roles;
import uk.nhs.smartcardportal.base.UkTime;
import uk.nhs.smartcardportal.base.ui.InMenuGroup;
import uk.nhs.smartcardportal.base.ui.MenuGroup;
import uk.nhs.smartcardportal.staff.Staff;
import uk.nhs.smartcardportal.staff.StaffListService;

/** People whose manager has left: nobody decides for them until the staff list names a new manager. */
@Route(NeedsAManagerView.ROUTE)
@PageTitle("Needs a manager · Smartcard Portal")
@InMenuGroup(MenuGroup.PEOPLE_AND_SETTINGS)
@Menu(title = "Needs a manager", order = 79.6, icon = "vaadin:group")
@RolesAllowed(Roles.WORKFORCE)
class NeedsAManagerView extends Main {

    static final String ROUTE = "needs-a-manager";

    NeedsAManagerView(StaffListService staffList) {
        addClassName("portal-page");
        Grid<Staff> grid = new Grid<>();
        grid.addColumn(Staff::getFullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Staff::getEmployeeNumber).setHeader("Employee number").setAutoWidth(true);
        grid.addColumn(Staff::getDepartment).setHeader("Department").setAutoWidth(true);
        grid.addColumn(person -> person.getLineManager().getFullName())
                .setHeader("Manager who left")
                .setAutoWidth(true);
        grid.addColumn(person -> UkTime.date(person.getLineManager().getLeavingDate()))
                .setHeader("Left on")
                .setAutoWidth(true);
        grid.setItemsPageable(staffList::needingAManager, pageable -> (int) staffList.countNeedingAManager());
        grid.setAriaLabel("People whose manager has left");
        grid.setEmptyStateText("Everyone's manager is still here.");
        add(
                new H1("Needs a manager"),
                new Paragraph("These people's manager has left, so nobody is asked to decide about their cards. "
                        + "Record their new manager in ESR; the next staff list import brings it here and they leave "
                        + "this list."),
                grid);
    }
}
