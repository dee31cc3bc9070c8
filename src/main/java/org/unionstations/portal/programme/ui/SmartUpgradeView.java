package org.unionstations.portal.programme.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.unionstations.portal.base.ui.BulkStatusBar;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.RowEditor;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.programme.BulkStatusChange;
import org.unionstations.portal.programme.Programme;
import org.unionstations.portal.programme.ProgrammeExportService;
import org.unionstations.portal.programme.ProgrammeFilter;
import org.unionstations.portal.programme.ProgrammeLimits;
import org.unionstations.portal.programme.ProgrammeTotals;
import org.unionstations.portal.programme.SmartUpgradeDraft;
import org.unionstations.portal.programme.SmartUpgradeService;
import org.unionstations.portal.programme.UpgradeScope;
import org.unionstations.portal.programme.UpgradeStatus;
import org.unionstations.portal.station.StationService;

/**
 * Smart upgrades (智能化升级改造) as a grid a planner edits inline, row by row, like a
 * spreadsheet; leaders read; operators see their own stations' upgrades. Filters, counts
 * by status and the budget total, bulk status changes, the history of each record.
 */
@Route("programmes/upgrades")
@Menu(order = 40, icon = "vaadin:automation", title = "nav.programme.upgrades")
@PermitAll
class SmartUpgradeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final SmartUpgradeService upgrades;

	private final Grid<UpgradeItem> grid = new Grid<>();

	private final ProgrammeFilterBar<UpgradeStatus> filters;

	private final ProgrammeGrid<UpgradeItem> programmeGrid;

	SmartUpgradeView(SmartUpgradeService upgrades, StationService stations, DistrictService districts,
			ProgrammeExportService exports, BaseMap baseMap) {
		this.upgrades = upgrades;
		boolean editable = stations.canEdit();
		setSizeFull();
		filters = new ProgrammeFilterBar<>(UpgradeStatus.class, "programme.upgrade.status.", districts.list(),
				f -> refresh());
		programmeGrid = new ProgrammeGrid<>(grid, "programme.upgrade.field.", getLocale());
		programmeGrid.stationColumns(i -> i.row().station());
		Binder<UpgradeItem> binder = new Binder<>(UpgradeItem.class);
		RowEditor<UpgradeItem> editor = new RowEditor<>(grid, binder, UpgradeItem::copy,
				edited -> new UpgradeItem(upgrades.update(edited.row().id(), edited.row().version(), edited.toDraft())),
				editable);
		editor.onSaved(this::refreshTotals);
		columns(binder, editor);
		programmeGrid.historyColumn(i -> upgrades.history(i.row().id()), this::valueLabel);

		BulkStatusBar<UpgradeStatus> bulk = new BulkStatusBar<>(UpgradeStatus.class, "programme.upgrade.status.",
				() -> grid.getSelectedItems().size(), this::changeStatus, this::refresh);
		filters.addActions(editable,
				new ExportMenu<ProgrammeFilter>("smart-upgrade", filters::filter,
						(f, locale) -> exports.csv(Programme.SMART_UPGRADE, f, locale),
						(f, locale) -> exports.xlsx(Programme.SMART_UPGRADE, f, locale), null),
				() -> new AddRecordDialog(filters.filter().year(),
						(text, offset, limit) -> upgrades.candidates(filters.filter().year(), text, offset, limit),
						station -> {
							upgrades.create(SmartUpgradeDraft.planned(station.id(), filters.filter().year()));
							refresh();
						}, baseMap, districts)
					.open(),
				SmartUpgradeImportView.class);
		if (editable) {
			bulk.selectFrom(grid);
		}
		add(filters, bulk, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private void columns(Binder<UpgradeItem> binder, RowEditor<UpgradeItem> editor) {
		Select<UpgradeStatus> statusField = programmeGrid.statusColumn(editor, binder, "programme.upgrade.status.",
				UpgradeItem::getStatus, UpgradeItem::setStatus);
		statusField.setItems(UpgradeStatus.values());

		Grid.Column<UpgradeItem> scope = programmeGrid.column("scope", i -> scopeText(i.getScope()), null);
		scope.setFlexGrow(2);
		MultiSelectComboBox<UpgradeScope> scopeField = new MultiSelectComboBox<>();
		scopeField.setItems(UpgradeScope.values());
		scopeField.setItemLabelGenerator(s -> getTranslation("programme.upgrade.scope." + s.name()));
		binder.forField(editor.cell(scope, "scope", scopeField)).bind(UpgradeItem::getScope, UpgradeItem::setScope);

		Grid.Column<UpgradeItem> budget = programmeGrid.column("budget", i -> money(i.getBudget()), "budget");
		budget.setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
		BigDecimalField budgetField = new BigDecimalField();
		binder.forField(editor.cell(budget, "budget", budgetField))
			.withValidator(b -> b == null || b.signum() >= 0, getTranslation("programme.validation.budget-negative"))
			.withValidator(b -> b == null || b.stripTrailingZeros().scale() <= 2,
					getTranslation("programme.validation.budget-decimals"))
			.bind(UpgradeItem::getBudget, UpgradeItem::setBudget);

		Grid.Column<UpgradeItem> contractor = programmeGrid.column("contractor", UpgradeItem::getContractor,
				"contractor");
		TextField contractorField = new TextField();
		contractorField.setMaxLength(ProgrammeLimits.NAME_MAX);
		binder.forField(editor.cell(contractor, "contractor", contractorField))
			.withNullRepresentation("")
			.bind(UpgradeItem::getContractor, UpgradeItem::setContractor);

		date(binder, editor, "plannedStart", UpgradeItem::getPlannedStart, UpgradeItem::setPlannedStart, null);
		date(binder, editor, "plannedCompletion", UpgradeItem::getPlannedCompletion, UpgradeItem::setPlannedCompletion,
				"plannedCompletion");
		date(binder, editor, "actualStart", UpgradeItem::getActualStart, UpgradeItem::setActualStart, null);
		date(binder, editor, "actualCompletion", UpgradeItem::getActualCompletion, UpgradeItem::setActualCompletion,
				"actualCompletion");
		date(binder, editor, "acceptanceDate", UpgradeItem::getAcceptanceDate, UpgradeItem::setAcceptanceDate,
				"acceptanceDate");
		text(binder, editor, "cancelReason", UpgradeItem::getCancelReason, UpgradeItem::setCancelReason,
				ProgrammeLimits.REASON_MAX);
		text(binder, editor, "acceptanceNote", UpgradeItem::getAcceptanceNote, UpgradeItem::setAcceptanceNote,
				ProgrammeLimits.NOTE_MAX);
	}

	private void date(Binder<UpgradeItem> binder, RowEditor<UpgradeItem> editor, String field,
			com.vaadin.flow.function.ValueProvider<UpgradeItem, LocalDate> get,
			com.vaadin.flow.data.binder.Setter<UpgradeItem, LocalDate> set, String sortProperty) {
		Grid.Column<UpgradeItem> column = programmeGrid.column(field, i -> programmeGrid.date(get.apply(i)),
				sortProperty);
		DatePicker picker = new DatePicker();
		picker.setLocale(getLocale());
		binder.forField(editor.cell(column, field, picker)).bind(get, set);
	}

	private void text(Binder<UpgradeItem> binder, RowEditor<UpgradeItem> editor, String field,
			com.vaadin.flow.function.ValueProvider<UpgradeItem, String> get,
			com.vaadin.flow.data.binder.Setter<UpgradeItem, String> set, int max) {
		Grid.Column<UpgradeItem> column = programmeGrid.column(field, get, null);
		TextField textField = new TextField();
		textField.setMaxLength(max);
		binder.forField(editor.cell(column, field, textField)).withNullRepresentation("").bind(get, set);
	}

	private int changeStatus(BulkStatusBar.Request<UpgradeStatus> request) {
		return upgrades.changeStatus(new BulkStatusChange<>(
				grid.getSelectedItems().stream().collect(Collectors.toMap(i -> i.row().id(), i -> i.row().version())),
				request.status(), request.date(), request.reason()));
	}

	private void refresh() {
		ProgrammeFilter filter = filters.filter();
		grid.setItems(query -> upgrades.list(filter, ProgrammeGrid.pageRequest(query)).stream().map(UpgradeItem::new),
				query -> (int) upgrades.count(filter));
		refreshTotals();
	}

	private void refreshTotals() {
		ProgrammeTotals<UpgradeStatus> totals = upgrades.totals(filters.filter());
		filters.setTotals(totals);
		programmeGrid.footer("budget", money(totals.budget()));
	}

	private String scopeText(Set<UpgradeScope> scope) {
		return scope.stream()
			.sorted()
			.map(s -> getTranslation("programme.upgrade.scope." + s.name()))
			.collect(Collectors.joining("、"));
	}

	private String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(getLocale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	private String valueLabel(String field, String value) {
		return switch (field) {
			case "status" -> getTranslation("programme.upgrade.status." + value);
			case "scope" -> value.isEmpty() ? ""
					: scopeText(Arrays.stream(value.split(",")).map(UpgradeScope::valueOf).collect(Collectors.toSet()));
			default -> value;
		};
	}

	/** A link may narrow the grid to a year and a station ({@code ?year=2026&text=…}). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		filters.read(event.getLocation().getQueryParameters());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.programme.upgrades");
	}

}
