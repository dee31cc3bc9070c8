package org.unionstations.portal.security.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.security.Role;
import org.unionstations.portal.security.SignInEntry;
import org.unionstations.portal.security.SignInLogFilter;
import org.unionstations.portal.security.SignInLogService;
import org.unionstations.portal.security.SignInOutcome;

/**
 * Administrators read every sign-in attempt, newest first: when, the username as typed,
 * what came of it, from which address and browser; narrowed by username, outcome and
 * days.
 */
@Route("admin/sign-ins")
@Menu(order = 91, icon = "vaadin:sign-in", title = "nav.sign-ins")
@RolesAllowed(Role.Name.ADMIN)
class SignInLogView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ClockConfig.ZONE);

	private final SignInLogService log;

	private final Grid<SignInEntry> grid = new Grid<>();

	private final Span count = new Span();

	private SignInLogFilter filter = SignInLogFilter.ALL;

	SignInLogView(SignInLogService log) {
		this.log = log;
		setSizeFull();

		TextField username = new TextField(getTranslation("sign-in.username"));
		username.setId("sign-in-username");
		username.setPrefixComponent(VaadinIcon.SEARCH.create());
		username.setClearButtonVisible(true);
		username.setValueChangeMode(ValueChangeMode.LAZY);
		username.addValueChangeListener(e -> apply(filter.withUsername(e.getValue())));
		ComboBox<SignInOutcome> outcome = new ComboBox<>(getTranslation("sign-in.outcome"));
		outcome.setId("sign-in-outcome");
		outcome.setItems(SignInOutcome.values());
		outcome.setItemLabelGenerator(this::outcomeLabel);
		outcome.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(outcome);
		outcome.addValueChangeListener(e -> apply(filter.withOutcome(e.getValue())));
		DatePicker from = day("sign-in-from", "sign-in.from");
		from.addValueChangeListener(e -> apply(filter.withFrom(e.getValue())));
		DatePicker to = day("sign-in-to", "sign-in.to");
		to.addValueChangeListener(e -> apply(filter.withTo(e.getValue())));
		count.setId("sign-in-count");
		count.addClassName("row-count");
		FlexLayout filters = new FlexLayout(username, outcome, from, to, count);
		filters.addClassName("filter-bar");
		filters.setAlignItems(Alignment.BASELINE);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

		grid.setId("sign-in-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.addColumn(e -> TIME.format(e.attemptedAt()))
			.setHeader(getTranslation("sign-in.time"))
			.setAutoWidth(true)
			.setKey("time");
		grid.addColumn(SignInEntry::username)
			.setHeader(getTranslation("sign-in.username"))
			.setTooltipGenerator(SignInEntry::username)
			.setAutoWidth(true)
			.setKey("username");
		grid.addColumn(e -> outcomeLabel(e.outcome()))
			.setHeader(getTranslation("sign-in.outcome"))
			.setAutoWidth(true)
			.setKey("outcome");
		grid.addColumn(SignInEntry::address)
			.setHeader(getTranslation("sign-in.address"))
			.setAutoWidth(true)
			.setKey("address");
		grid.addColumn(e -> e.userAgent() == null ? "" : e.userAgent())
			.setHeader(getTranslation("sign-in.user-agent"))
			.setTooltipGenerator(e -> e.userAgent() == null ? "" : e.userAgent())
			.setFlexGrow(1)
			.setKey("userAgent");
		grid.setEmptyStateText(getTranslation("sign-in.empty"));
		add(filters, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private DatePicker day(String id, String label) {
		DatePicker picker = new DatePicker(getTranslation(label));
		picker.setId(id);
		picker.setLocale(getLocale());
		picker.setClearButtonVisible(true);
		FilterFields.allWhenEmpty(picker);
		return picker;
	}

	private String outcomeLabel(SignInOutcome outcome) {
		return getTranslation("sign-in.outcome." + outcome.name());
	}

	private void apply(SignInLogFilter next) {
		filter = next;
		refresh();
	}

	private void refresh() {
		SignInLogFilter current = filter;
		grid.setItems(query -> log.list(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> {
					int total = (int) log.count(current);
					count.setText(getTranslation("sign-in.count", total));
					return total;
				});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sign-in.title");
	}

}
