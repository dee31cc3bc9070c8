package org.unionstations.portal.security.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.UserRow;
import org.unionstations.portal.security.UserService;

/**
 * Administrators see who may sign in, with which roles, and how many stations each
 * operator maintains.
 */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.Name.ADMIN)
class UserListView extends VerticalLayout implements HasDynamicTitle {

	UserListView(UserService users) {
		setSizeFull();
		Grid<UserRow> grid = new Grid<>();
		grid.setId("user-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(UserRow::username)
			.setHeader(getTranslation("user.username"))
			.setSortable(true)
			.setKey("username");
		grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.display-name")).setKey("displayName");
		grid.addColumn(u -> u.roles()
			.stream()
			.sorted()
			.map(r -> getTranslation("role." + r.name()))
			.collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setKey("roles");
		grid.addColumn(UserRow::stationCount).setHeader(getTranslation("user.stations")).setKey("stations");
		grid.addColumn(u -> getTranslation(u.enabled() ? "common.yes" : "common.no"))
			.setHeader(getTranslation("user.enabled"))
			.setKey("enabled");
		grid.setItems(users.list());
		add(grid);
		setFlexGrow(1, grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("user.list.title");
	}

}
