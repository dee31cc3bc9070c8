package org.unionstations.portal.security.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.security.CurrentUser;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.UserRow;
import org.unionstations.portal.security.UserService;

/**
 * The admin's user management: who may sign in, with which roles, how many stations each
 * operator maintains, who still holds a temporary password and when each last signed in;
 * creating a user, editing one (name, roles, enabled, a new temporary password, deleting
 * one who has changed nothing yet) and assigning an operator's stations from a list or on
 * the map. The service enforces every rule again.
 */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.Name.ADMIN)
class UserListView extends VerticalLayout implements HasDynamicTitle {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ExportMenu.CHINA);

	private final UserService users;

	private final DistrictService districts;

	private final BaseMap baseMap;

	private final String self;

	private final Grid<UserRow> grid = new Grid<>();

	private final Span count = new Span();

	UserListView(UserService users, DistrictService districts, BaseMap baseMap, CurrentUser currentUser) {
		this.users = users;
		this.districts = districts;
		this.baseMap = baseMap;
		this.self = currentUser.require().getUsername();
		setSizeFull();

		Button create = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(),
				e -> new UserDialog(users, null, false, this::refresh).open());
		create.setId("user-new");
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		count.setId("user-count");
		HorizontalLayout toolbar = new HorizontalLayout(create, count);
		toolbar.setDefaultVerticalComponentAlignment(Alignment.CENTER);

		grid.setId("user-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.addColumn(UserRow::username)
			.setHeader(getTranslation("user.username"))
			.setSortable(true)
			.setKey("username")
			.setAutoWidth(true);
		grid.addColumn(UserRow::displayName)
			.setHeader(getTranslation("user.display-name"))
			.setSortable(true)
			.setKey("displayName")
			.setAutoWidth(true);
		grid.addColumn(u -> u.roles()
			.stream()
			.sorted()
			.map(r -> getTranslation("role." + r.name()))
			.collect(Collectors.joining(", ")))
			.setHeader(getTranslation("user.roles"))
			.setKey("roles")
			.setAutoWidth(true);
		grid.addColumn(UserRow::stationCount)
			.setHeader(getTranslation("user.stations"))
			.setKey("stations")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(this::status).setHeader(getTranslation("user.status")).setKey("status").setAutoWidth(true);
		grid.addColumn(
				u -> u.lastSignInAt() == null ? getTranslation("user.never-signed-in") : WHEN.format(u.lastSignInAt()))
			.setHeader(getTranslation("user.last-sign-in"))
			.setKey("lastSignIn")
			.setSortable(true)
			.setComparator(
					Comparator.comparing(UserRow::lastSignInAt, Comparator.nullsFirst(Comparator.naturalOrder())))
			.setAutoWidth(true);
		grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("user.actions"))
			.setKey("actions")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addItemDoubleClickListener(e -> edit(e.getItem()));

		add(toolbar, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private String status(UserRow u) {
		String status = getTranslation(u.enabled() ? "user.status.enabled" : "user.status.disabled");
		return u.mustChangePassword()
				? status + getTranslation("common.list-separator") + getTranslation("user.status.temporary-password")
				: status;
	}

	private HorizontalLayout actions(UserRow u) {
		Button edit = new Button(getTranslation("action.edit"), e -> edit(u));
		edit.addClassName("user-edit");
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		Button assign = new Button(getTranslation("user.assign-stations"), e -> assign(u));
		assign.addClassName("user-stations");
		assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		assign.setVisible(u.roles().contains(Role.OPERATOR));
		HorizontalLayout actions = new HorizontalLayout(edit, assign);
		actions.setSpacing(false);
		return actions;
	}

	private void edit(UserRow row) {
		new UserDialog(users, users.account(row.username()), row.username().equals(self), this::refresh).open();
	}

	private void assign(UserRow row) {
		new StationAssignmentDialog(users, users.account(row.username()), baseMap, districts, this::refresh).open();
	}

	private void refresh() {
		var rows = users.list();
		grid.setItems(rows);
		// the status column's text depends on the rows: widths follow them
		grid.recalculateColumnWidths();
		count.setText(getTranslation("user.count", rows.size()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("user.list.title");
	}

}
