package org.unionstations.portal.programme.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.base.ui.BulkStatusBar;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.RowEditor;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.programme.BulkStatusChange;
import org.unionstations.portal.programme.LegalAddOnDraft;
import org.unionstations.portal.programme.LegalAddOnService;
import org.unionstations.portal.programme.LegalPartnerKind;
import org.unionstations.portal.programme.LegalStatus;
import org.unionstations.portal.programme.Programme;
import org.unionstations.portal.programme.ProgrammeExportService;
import org.unionstations.portal.programme.ProgrammeFilter;
import org.unionstations.portal.programme.ProgrammeLimits;
import org.unionstations.portal.programme.ProgrammeTotals;
import org.unionstations.portal.station.StationService;

/**
 * Legal-service add-ons (法律服务功能) of union post stations, edited inline; the consultations
 * beside each are the station's monthly report figures (this month, year to date), never
 * typed in here.
 */
@Route("programmes/legal")
@Menu(order = 41, icon = "vaadin:scale", title = "nav.programme.legal")
@PermitAll
class LegalAddOnView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final LegalAddOnService legal;

	private final Grid<LegalItem> grid = new Grid<>();

	private final ProgrammeFilterBar<LegalStatus> filters;

	private final ProgrammeGrid<LegalItem> programmeGrid;

	LegalAddOnView(LegalAddOnService legal, StationService stations, DistrictService districts,
			ProgrammeExportService exports, BaseMap baseMap) {
		this.legal = legal;
		boolean editable = stations.canEdit();
		setSizeFull();
		filters = new ProgrammeFilterBar<>(LegalStatus.class, "programme.legal.status.", districts.list(),
				f -> refresh());
		programmeGrid = new ProgrammeGrid<>(grid, "programme.legal.field.", getLocale());
		programmeGrid.stationColumns(i -> i.row().station());
		Binder<LegalItem> binder = new Binder<>(LegalItem.class);
		RowEditor<LegalItem> editor = new RowEditor<>(grid, binder, LegalItem::copy,
				edited -> new LegalItem(legal.update(edited.row().id(), edited.row().version(), edited.toDraft())),
				editable);
		editor.onSaved(this::refreshTotals);
		columns(binder, editor);
		programmeGrid.historyColumn(i -> legal.history(i.row().id()), this::valueLabel);

		BulkStatusBar<LegalStatus> bulk = new BulkStatusBar<>(LegalStatus.class, "programme.legal.status.",
				() -> grid.getSelectedItems().size(),
				r -> legal.changeStatus(new BulkStatusChange<>(
						grid.getSelectedItems()
							.stream()
							.collect(Collectors.toMap(i -> i.row().id(), i -> i.row().version())),
						r.status(), r.date(), r.reason())),
				this::refresh);
		filters.addActions(editable,
				new ExportMenu<ProgrammeFilter>("legal-service", filters::filter,
						(f, locale) -> exports.csv(Programme.LEGAL_SERVICE, f, locale),
						(f, locale) -> exports.xlsx(Programme.LEGAL_SERVICE, f, locale), null),
				() -> new AddRecordDialog(filters.filter().year(),
						(text, offset, limit) -> legal.candidates(filters.filter().year(), text, offset, limit),
						station -> {
							legal.create(new LegalAddOnDraft(station.id(), filters.filter().year(),
									LegalPartnerKind.UNION_LEGAL_TEAM,
									getTranslation("programme.legal.partner.UNION_LEGAL_TEAM"), null, null, Set.of(),
									null, null, LocalDate.now(ClockConfig.ZONE), null, LegalStatus.PLANNED));
							refresh();
						}, baseMap, districts)
					.open(),
				LegalAddOnImportView.class);
		if (editable) {
			bulk.selectFrom(grid);
		}
		add(filters, bulk, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private void columns(Binder<LegalItem> binder, RowEditor<LegalItem> editor) {
		Select<LegalStatus> statusField = programmeGrid.statusColumn(editor, binder, "programme.legal.status.",
				LegalItem::getStatus, LegalItem::setStatus);
		statusField.setItems(LegalStatus.values());

		programmeGrid.column("consultationsMonth", i -> i.row().consultationsThisMonth(), null)
			.setTextAlign(ColumnTextAlign.END);
		programmeGrid.column("consultationsYear", i -> i.row().consultationsYearToDate(), null)
			.setTextAlign(ColumnTextAlign.END);

		Grid.Column<LegalItem> kind = programmeGrid.column("partnerKind",
				i -> getTranslation("programme.legal.partner." + i.getPartnerKind().name()), "partnerKind");
		Select<LegalPartnerKind> kindField = new Select<>();
		kindField.setItems(LegalPartnerKind.values());
		kindField.setItemLabelGenerator(k -> getTranslation("programme.legal.partner." + k.name()));
		binder.forField(editor.cell(kind, "partnerKind", kindField))
			.asRequired(getTranslation("validation.required"))
			.bind(LegalItem::getPartnerKind, LegalItem::setPartnerKind);

		text(binder, editor, "partnerName", LegalItem::getPartnerName, LegalItem::setPartnerName,
				ProgrammeLimits.NAME_MAX, true);
		text(binder, editor, "lawyerName", LegalItem::getLawyerName, LegalItem::setLawyerName,
				ProgrammeLimits.PERSON_MAX, false);
		text(binder, editor, "lawyerPhone", LegalItem::getLawyerPhone, LegalItem::setLawyerPhone,
				ProgrammeLimits.PHONE_MAX, false);

		Grid.Column<LegalItem> days = programmeGrid.column("weekdays", i -> daysText(i.getWeekdays()), null);
		MultiSelectComboBox<DayOfWeek> daysField = new MultiSelectComboBox<>();
		daysField.setItems(DayOfWeek.values());
		daysField.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
		binder.forField(editor.cell(days, "weekdays", daysField)).bind(LegalItem::getWeekdays, LegalItem::setWeekdays);

		Grid.Column<LegalItem> opens = programmeGrid.column("opens",
				i -> i.getOpens() == null ? "" : i.getOpens().toString(), null);
		TimePicker opensField = new TimePicker();
		opensField.setLocale(getLocale());
		binder.forField(editor.cell(opens, "opens", opensField)).bind(LegalItem::getOpens, LegalItem::setOpens);
		Grid.Column<LegalItem> closes = programmeGrid.column("closes",
				i -> i.getCloses() == null ? "" : i.getCloses().toString(), null);
		TimePicker closesField = new TimePicker();
		closesField.setLocale(getLocale());
		binder.forField(editor.cell(closes, "closes", closesField)).bind(LegalItem::getCloses, LegalItem::setCloses);

		Grid.Column<LegalItem> start = programmeGrid.column("startDate", i -> programmeGrid.date(i.getStartDate()),
				"startDate");
		DatePicker startField = new DatePicker();
		startField.setLocale(getLocale());
		binder.forField(editor.cell(start, "startDate", startField))
			.asRequired(getTranslation("validation.required"))
			.bind(LegalItem::getStartDate, LegalItem::setStartDate);
		Grid.Column<LegalItem> end = programmeGrid.column("endDate", i -> programmeGrid.date(i.getEndDate()),
				"endDate");
		DatePicker endField = new DatePicker();
		endField.setLocale(getLocale());
		binder.forField(editor.cell(end, "endDate", endField)).bind(LegalItem::getEndDate, LegalItem::setEndDate);
	}

	private void text(Binder<LegalItem> binder, RowEditor<LegalItem> editor, String field,
			com.vaadin.flow.function.ValueProvider<LegalItem, String> get,
			com.vaadin.flow.data.binder.Setter<LegalItem, String> set, int max, boolean required) {
		Grid.Column<LegalItem> column = programmeGrid.column(field, get, null);
		TextField textField = new TextField();
		textField.setMaxLength(max);
		Binder.BindingBuilder<LegalItem, String> binding = binder.forField(editor.cell(column, field, textField))
			.withNullRepresentation("");
		if (required) {
			binding = binding.asRequired(getTranslation("validation.required"));
		}
		binding.bind(get, set);
	}

	private void refresh() {
		ProgrammeFilter filter = filters.filter();
		grid.setItems(query -> legal.list(filter, ProgrammeGrid.pageRequest(query)).stream().map(LegalItem::new),
				query -> (int) legal.count(filter));
		refreshTotals();
	}

	private void refreshTotals() {
		ProgrammeTotals<LegalStatus> totals = legal.totals(filters.filter());
		filters.setTotals(totals);
	}

	private String daysText(Set<DayOfWeek> days) {
		return days.stream()
			.sorted()
			.map(d -> d.getDisplayName(TextStyle.SHORT, getLocale()))
			.collect(Collectors.joining("、"));
	}

	private String valueLabel(String field, String value) {
		return switch (field) {
			case "status" -> getTranslation("programme.legal.status." + value);
			case "partnerKind" -> getTranslation("programme.legal.partner." + value);
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
		return getTranslation("nav.programme.legal");
	}

}
