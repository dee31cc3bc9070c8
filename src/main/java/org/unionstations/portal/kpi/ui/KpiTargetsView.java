package org.unionstations.portal.kpi.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.kpi.CopiedYear;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.KpiTargetService;
import org.unionstations.portal.security.Role;

/**
 * The year's targets (目标设置): every KPI of a year with its unit, source, direction,
 * target, last year's actual and whether it has a seasonal profile and a district split.
 * Admins and planners edit a KPI's target in a dialog, add KPIs and set up the next year
 * from this one; leaders read it all; operators cannot open it.
 */
@Route("kpi/targets")
@StyleSheet("kpi-admin.css")
@RolesAllowed({ Role.Name.ADMIN, Role.Name.PLANNER, Role.Name.LEADER })
class KpiTargetsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final KpiService kpis;

	private final KpiTargetService targets;

	private final List<DistrictRef> districts;

	private final KpiLabels labels;

	private final boolean editable;

	private final Select<Integer> year = new Select<>();

	private final Grid<KpiDefinition> grid = new Grid<>();

	private final Button copy = new Button();

	KpiTargetsView(KpiService kpis, KpiTargetService targets, DistrictService districtService) {
		this.kpis = kpis;
		this.targets = targets;
		this.districts = districtService.list();
		this.labels = new KpiLabels(this, getLocale(), districts);
		this.editable = targets.canEdit();
		setSizeFull();
		addClassName("kpi-targets");

		Button back = KpiPageParts.backToBoard(this, "kpi-targets-back", year::getValue);
		H2 title = new H2(getTranslation("kpi.targets.title"));
		title.setId("kpi-targets-title");
		KpiPageParts.yearSelect(year, "kpi-targets-year");
		year.addValueChangeListener(e -> refresh());

		HorizontalLayout header = new HorizontalLayout(back, title, year);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		header.setWrap(true);
		header.setWidthFull();
		if (editable) {
			Button add = new Button(getTranslation("kpi.new.button"), VaadinIcon.PLUS.create(),
					e -> new NewKpiDialog(year.getValue() == null ? kpis.today().getYear() : year.getValue(), targets,
							labels, this::showYearOf)
						.open());
			add.setId("kpi-new");
			copy.setText(getTranslation("kpi.copy.button"));
			copy.setIcon(VaadinIcon.COPY.create());
			copy.setId("kpi-copy-next");
			copy.addClickListener(e -> confirmCopy());
			header.add(add, copy);
		}

		columns();
		add(header, grid);
		setFlexGrow(1, grid);
	}

	private void columns() {
		grid.setId("kpi-target-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setEmptyStateText(getTranslation("kpi.targets.empty"));
		KpiFormat format = new KpiFormat(getLocale());
		grid.addColumn(k -> k.name(getLocale()))
			.setHeader(getTranslation("kpi.field.name"))
			.setKey("name")
			.setAutoWidth(true)
			.setFlexGrow(1)
			.setFrozen(true)
			.setResizable(true)
			.setTooltipGenerator(k -> k.code() + " · " + k.name(getLocale()));
		grid.addColumn(k -> k.unit(getLocale()))
			.setHeader(getTranslation("kpi.field.unit"))
			.setKey("unit")
			.setAutoWidth(true);
		grid.addColumn(k -> labels.source(k.source()))
			.setHeader(getTranslation("kpi.field.source"))
			.setKey("source")
			.setAutoWidth(true);
		grid.addColumn(k -> labels.direction(k.direction()))
			.setHeader(getTranslation("kpi.field.direction"))
			.setKey("direction")
			.setAutoWidth(true);
		grid.addColumn(k -> format.number(k.target(), k.scale()))
			.setHeader(getTranslation("kpi.field.target"))
			.setKey("target")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(k -> format.number(k.lastYearActual(), k.scale()))
			.setHeader(getTranslation("kpi.field.lastYearActual"))
			.setKey("lastYearActual")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(k -> labels.yesNo(k.monthlyProfile() != null))
			.setHeader(getTranslation("kpi.targets.has-profile"))
			.setKey("profile")
			.setAutoWidth(true);
		grid.addColumn(k -> labels.yesNo(!k.districtTargets().isEmpty()))
			.setHeader(getTranslation("kpi.targets.has-split"))
			.setKey("split")
			.setAutoWidth(true);
		grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("kpi.targets.actions"))
			.setKey("actions")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setFrozenToEnd(true);
		grid.addItemDoubleClickListener(e -> open(e.getItem()));
	}

	private HorizontalLayout actions(KpiDefinition kpi) {
		Button open = new Button(editable ? VaadinIcon.EDIT.create() : VaadinIcon.EYE.create(), e -> open(kpi));
		String openText = getTranslation(editable ? "action.edit" : "action.details");
		open.setAriaLabel(openText);
		open.setTooltipText(openText);
		open.addClassName(editable ? "kpi-edit-button" : "kpi-view-button");
		open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		Button history = new Button(VaadinIcon.TIME_BACKWARD.create(),
				e -> new KpiHistoryDialog(getTranslation("kpi.targets.history", kpi.name(getLocale())),
						targets.history(kpi.id()), labels::targetField, labels::targetValue)
					.open());
		history.setAriaLabel(getTranslation("programme.history"));
		history.setTooltipText(getTranslation("programme.history"));
		history.addClassName("history-button");
		history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		HorizontalLayout buttons = new HorizontalLayout(open, history);
		buttons.setSpacing(false);
		return buttons;
	}

	/** Opens a KPI as it is stored now (the grid's row may be older). */
	private void open(KpiDefinition row) {
		KpiDefinition kpi = kpis.definition(row.id());
		new KpiTargetDialog(kpi, districts, editable, targets, labels, saved -> refresh(), () -> {
			refresh();
			open(row);
		}).open();
	}

	private void confirmCopy() {
		Integer from = year.getValue();
		if (from == null) {
			return;
		}
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setId("kpi-copy-confirm");
		confirm.setHeader(getTranslation("kpi.copy.title", from + 1));
		confirm.setText(getTranslation("kpi.copy.text", from, grid.getListDataView().getItemCount(), from + 1));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.setConfirmText(getTranslation("kpi.copy.button"));
		confirm.addConfirmListener(e -> copy(from));
		confirm.open();
	}

	private void copy(int from) {
		try {
			CopiedYear copied = targets.copyToNextYear(from);
			showYear(copied.year());
			Notification
				.show(getTranslation("kpi.copy.done", copied.kpis(), copied.year(),
						new KpiFormat(getLocale()).date(copied.actualsAsOf())), 6000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (InvalidInputException e) {
			Notification
				.show(e.problems()
					.stream()
					.map(p -> getTranslation(p.messageKey(), p.args().toArray()))
					.reduce((a, b) -> a + "\n" + b)
					.orElse(""), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void showYearOf(KpiDefinition created) {
		showYear(created.year());
	}

	/** The years again (one may be new), showing {@code shown}. */
	private void showYear(int shown) {
		List<Integer> years = kpis.years();
		year.setItems(years);
		year.setValue(years.contains(shown) ? shown : null);
		refresh();
	}

	private void refresh() {
		Integer y = year.getValue();
		grid.setItems(y == null ? List.of() : kpis.catalogue(y));
		if (editable) {
			boolean nextExists = y != null && kpis.years().contains(y + 1);
			copy.setEnabled(y != null && !nextExists);
			copy.setTooltipText(
					y == null ? null : getTranslation(nextExists ? "kpi.copy.exists" : "kpi.copy.tooltip", y + 1));
		}
	}

	/** {@code ?year=2026} shows that year; else this year, or the newest with targets. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<Integer> years = kpis.years();
		int thisYear = kpis.today().getYear();
		int shown = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("year")
			.flatMap(KpiTargetsView::parseInt)
			.filter(years::contains)
			.orElse(years.contains(thisYear) || years.isEmpty() ? thisYear : years.getFirst());
		showYear(shown);
	}

	private static Optional<Integer> parseInt(String text) {
		try {
			return Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("kpi.targets.title");
	}

}
