package org.unionstations.portal.programme.ui;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
import org.unionstations.portal.programme.FlagshipService;
import org.unionstations.portal.programme.FlagshipStatus;
import org.unionstations.portal.programme.Programme;
import org.unionstations.portal.programme.ProgrammeExportService;
import org.unionstations.portal.programme.ProgrammeFilter;
import org.unionstations.portal.programme.ProgrammeLimits;
import org.unionstations.portal.programme.ProgrammeTotals;
import org.unionstations.portal.programme.Readiness;
import org.unionstations.portal.programme.ReadinessService;
import org.unionstations.portal.station.StationService;

/**
 * Flagship stations (旗舰站) through their workflow, edited inline: the next step with its
 * date and reason, and the note. Each row shows the station's readiness score now and, on
 * demand, which criteria it meets and what it misses by how much.
 */
@Route("programmes/flagships")
@Menu(order = 42, icon = "vaadin:star", title = "nav.programme.flagships")
@PermitAll
class FlagshipView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final FlagshipService flagships;

	private final Grid<FlagshipItem> grid = new Grid<>();

	private final ProgrammeFilterBar<FlagshipStatus> filters;

	private final ProgrammeGrid<FlagshipItem> programmeGrid;

	FlagshipView(FlagshipService flagships, StationService stations, DistrictService districts,
			ProgrammeExportService exports, BaseMap baseMap, ReadinessService readiness) {
		this.flagships = flagships;
		boolean editable = stations.canEdit();
		setSizeFull();
		filters = new ProgrammeFilterBar<>(FlagshipStatus.class, "programme.flagship.status.", districts.list(),
				f -> refresh());
		programmeGrid = new ProgrammeGrid<>(grid, "programme.flagship.field.", getLocale());
		programmeGrid.stationColumns(i -> i.row().station());
		Binder<FlagshipItem> binder = new Binder<>(FlagshipItem.class);
		RowEditor<FlagshipItem> editor = new RowEditor<>(grid, binder, FlagshipItem::copy, edited -> new FlagshipItem(
				flagships.decide(edited.row().id(), edited.row().version(), edited.decision(), edited.getNote())),
				editable);
		editor.onSaved(this::refreshTotals);
		columns(binder, editor);
		programmeGrid.historyColumn(i -> flagships.history(i.row().id()), this::valueLabel);

		BulkStatusBar<FlagshipStatus> bulk = new BulkStatusBar<>(FlagshipStatus.class, "programme.flagship.status.",
				() -> grid.getSelectedItems().size(),
				r -> flagships.changeStatus(new BulkStatusChange<>(
						grid.getSelectedItems()
							.stream()
							.collect(Collectors.toMap(i -> i.row().id(), i -> i.row().version())),
						r.status(), r.date(), r.reason())),
				this::refresh);
		filters.addActions(editable,
				new ExportMenu<ProgrammeFilter>("flagship", filters::filter,
						(f, locale) -> exports.csv(Programme.FLAGSHIP, f, locale),
						(f, locale) -> exports.xlsx(Programme.FLAGSHIP, f, locale), null),
				() -> new AddRecordDialog(filters.filter().year(),
						(text, offset, limit) -> flagships.candidates(filters.filter().year(), text, offset, limit),
						station -> {
							flagships.nominate(station.id(), filters.filter().year(), LocalDate.now(ClockConfig.ZONE),
									null);
							refresh();
						}, baseMap, districts)
					.open(),
				FlagshipImportView.class);
		Button criteria = new Button(getTranslation("programme.readiness.title"), VaadinIcon.SLIDERS.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(ReadinessSettingsView.class)));
		criteria.setId("readiness-settings");
		criteria.setVisible(readiness.canReadPolicy());
		filters.addExtra(criteria);
		if (editable) {
			bulk.selectFrom(grid);
		}
		add(filters, bulk, grid);
		setFlexGrow(1, grid);
		refresh();
	}

	private void columns(Binder<FlagshipItem> binder, RowEditor<FlagshipItem> editor) {
		Select<FlagshipStatus> statusField = programmeGrid.statusColumn(editor, binder, "programme.flagship.status.",
				FlagshipItem::getStatus, FlagshipItem::setStatus);
		// only the current status and the steps that may follow it are offered
		grid.getEditor().addOpenListener(e -> {
			EnumSet<FlagshipStatus> offered = EnumSet.of(e.getItem().getStatus());
			offered.addAll(e.getItem().getStatus().next());
			statusField.setItems(offered);
			statusField.setValue(e.getItem().getStatus());
		});

		grid.addComponentColumn(this::readiness)
			.setHeader(getTranslation("programme.flagship.field.readiness"))
			.setKey("readiness")
			.setAutoWidth(true);

		Grid.Column<FlagshipItem> date = programmeGrid.column("stepDate", i -> programmeGrid.date(i.getStepDate()),
				null);
		DatePicker dateField = new DatePicker();
		dateField.setLocale(getLocale());
		binder.forField(editor.cell(date, "date", dateField))
			.asRequired(getTranslation("validation.required"))
			.bind(FlagshipItem::getStepDate, FlagshipItem::setStepDate);
		// a new step happens today unless the planner says otherwise
		statusField.addValueChangeListener(e -> {
			if (e.isFromClient() && grid.getEditor().getItem() != null
					&& e.getValue() != grid.getEditor().getItem().getStatus()) {
				dateField.setValue(LocalDate.now(ClockConfig.ZONE));
			}
		});

		Grid.Column<FlagshipItem> reason = programmeGrid.column("reason", FlagshipItem::getReason, null);
		TextField reasonField = new TextField();
		reasonField.setMaxLength(ProgrammeLimits.NOTE_MAX);
		binder.forField(editor.cell(reason, "reason", reasonField))
			.withNullRepresentation("")
			.bind(FlagshipItem::getReason, FlagshipItem::setReason);

		programmeGrid.column("score", i -> i.row().lastStep().score() == null ? "" : i.row().lastStep().score(), null);

		Grid.Column<FlagshipItem> note = programmeGrid.column("note", FlagshipItem::getNote, "note");
		note.setFlexGrow(2);
		TextField noteField = new TextField();
		noteField.setMaxLength(ProgrammeLimits.NOTE_MAX);
		binder.forField(editor.cell(note, "note", noteField))
			.withNullRepresentation("")
			.bind(FlagshipItem::getNote, FlagshipItem::setNote);
	}

	/**
	 * The score, marked ready or not; a click lists each criterion met or missed, by how
	 * much.
	 */
	private Button readiness(FlagshipItem item) {
		Readiness r = item.row().readiness();
		Button button = new Button(r == null ? "—" : r.score().toPlainString());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL,
				r != null && r.ready() ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
		button.addClassName("readiness-button");
		button.setEnabled(r != null);
		if (r != null) {
			button.addClickListener(e -> readinessDialog(item, r).open());
		}
		return button;
	}

	private Dialog readinessDialog(FlagshipItem item, Readiness r) {
		Grid<Readiness.Criterion> criteria = new Grid<>();
		DecimalFormat number = new DecimalFormat("#,##0.#");
		criteria.addColumn(c -> getTranslation("programme.flagship.criterion." + c.criterion().name()))
			.setHeader(getTranslation("programme.flagship.criterion"))
			.setFlexGrow(2);
		criteria.addColumn(c -> number.format(c.value()))
			.setHeader(getTranslation("programme.flagship.value"))
			.setAutoWidth(true);
		criteria.addColumn(c -> number.format(c.target()))
			.setHeader(getTranslation("programme.flagship.target"))
			.setAutoWidth(true);
		criteria.addColumn(c -> c.weight()).setHeader(getTranslation("programme.flagship.weight")).setAutoWidth(true);
		criteria
			.addColumn(c -> c.met() ? getTranslation("programme.flagship.readiness.met")
					: getTranslation("programme.flagship.readiness.missed", number.format(c.shortfall())))
			.setHeader(getTranslation("programme.flagship.met"))
			.setAutoWidth(true);
		criteria.setItems(r.criteria());
		criteria.setAllRowsVisible(true);
		criteria.setId("readiness-criteria");
		Dialog dialog = new Dialog(new Span(getTranslation("programme.flagship.readiness.details",
				r.score().toPlainString(), r.threshold().toPlainString())), criteria);
		dialog.setId("readiness-dialog");
		dialog.setHeaderTitle(item.row().station().name());
		dialog.setWidth("min(760px, 95vw)");
		dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
		return dialog;
	}

	private void refresh() {
		ProgrammeFilter filter = filters.filter();
		grid.setItems(query -> flagships.list(filter, ProgrammeGrid.pageRequest(query)).stream().map(FlagshipItem::new),
				query -> (int) flagships.count(filter));
		refreshTotals();
	}

	private void refreshTotals() {
		ProgrammeTotals<FlagshipStatus> totals = flagships.totals(filters.filter());
		filters.setTotals(totals);
	}

	private String valueLabel(String field, String value) {
		return "status".equals(field) ? getTranslation("programme.flagship.status." + value) : value;
	}

	/** A link may narrow the grid to a year and a station ({@code ?year=2026&text=…}). */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		filters.read(event.getLocation().getQueryParameters());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.programme.flagships");
	}

}
