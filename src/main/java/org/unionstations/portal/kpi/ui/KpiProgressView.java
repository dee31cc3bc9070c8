package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.RecordNotFoundException;
import org.unionstations.portal.base.ui.ConflictDialog;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDefinition;
import org.unionstations.portal.kpi.KpiProgressService;
import org.unionstations.portal.kpi.KpiService;
import org.unionstations.portal.kpi.KpiSource;
import org.unionstations.portal.kpi.KpiTargetService;
import org.unionstations.portal.kpi.ProgressDraft;
import org.unionstations.portal.kpi.ProgressRow;

/**
 * Progress entries (进度填报) of the KPIs the portal does not compute: a KPI's entries,
 * newest first, with its current figure against the target above them, so staff see what
 * each entry does. Admins and planners add, edit and delete entries and import them from
 * a spreadsheet; every other signed-in reader reads them (the board's records link here:
 * {@code ?kpi=<id>&entry=<id>} selects the entry).
 */
@Route("kpi/progress")
@StyleSheet("kpi.css")
@StyleSheet("kpi-admin.css")
@PermitAll
class KpiProgressView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ExportMenu.CHINA);

	private final KpiService kpis;

	private final KpiProgressService progress;

	private final List<DistrictRef> districts;

	private final KpiLabels labels;

	private final boolean editable;

	private final Select<Integer> year = new Select<>();

	private final Select<KpiDefinition> kpi = new Select<>();

	private final Div figure = new Div();

	private final Grid<ProgressRow> grid = new Grid<>();

	private final Button add = new Button();

	KpiProgressView(KpiService kpis, KpiProgressService progress, KpiTargetService targets,
			DistrictService districtService) {
		this.kpis = kpis;
		this.progress = progress;
		this.districts = districtService.list();
		this.labels = new KpiLabels(this, getLocale(), districts);
		this.editable = targets.canEdit();
		setSizeFull();
		addClassName("kpi-progress");

		Button back = KpiPageParts.backToBoard(this, "kpi-progress-back", year::getValue);
		H2 title = new H2(getTranslation("kpi.progress.title"));
		title.setId("kpi-progress-title");
		KpiPageParts.yearSelect(year, "progress-year");
		year.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				showKpis(e.getValue(), null, null);
			}
		});
		kpi.setLabel(getTranslation("kpi.progress.kpi"));
		kpi.setId("progress-kpi");
		kpi.setItemLabelGenerator(k -> k.name(getLocale()));
		kpi.setWidth("22em");
		kpi.setEmptySelectionAllowed(false);
		kpi.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				showEntries(null);
				updateAddress();
			}
		});
		HorizontalLayout header = new HorizontalLayout(back, title, year, kpi);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		header.setWrap(true);
		header.setWidthFull();
		if (editable) {
			add.setText(getTranslation("kpi.progress.add"));
			add.setIcon(VaadinIcon.PLUS.create());
			add.setId("progress-add");
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add.addClickListener(e -> edit(null));
			Button importButton = new Button(getTranslation("programme.import"), VaadinIcon.UPLOAD.create(),
					e -> getUI().ifPresent(
							ui -> ui.navigate("kpi/progress/import", KpiBoardView.yearParameter(year.getValue()))));
			importButton.setId("progress-import");
			header.add(add, importButton);
		}

		figure.setId("progress-figure");
		figure.addClassName("kpi-progress-figure");
		columns();
		add(header, figure, grid);
		setFlexGrow(1, grid);
	}

	private void columns() {
		grid.setId("progress-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setEmptyStateText(getTranslation("kpi.progress.empty"));
		grid.addColumn(r -> r.date().toString())
			.setHeader(getTranslation("kpi.progress.field.date"))
			.setKey("date")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(r -> labels.district(r.districtId()))
			.setHeader(getTranslation("kpi.progress.field.district"))
			.setKey("district")
			.setAutoWidth(true);
		grid.addColumn(r -> amount(r.amount()))
			.setHeader(getTranslation("kpi.progress.field.amount"))
			.setKey("amount")
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		grid.addColumn(r -> r.correction() ? getTranslation("kpi.progress.correction-mark") : "")
			.setHeader(getTranslation("kpi.progress.field.correction"))
			.setKey("correction")
			.setAutoWidth(true);
		grid.addColumn(r -> Objects.requireNonNullElse(r.note(), ""))
			.setHeader(getTranslation("kpi.progress.field.note"))
			.setKey("note")
			.setFlexGrow(3)
			.setTooltipGenerator(r -> r.note())
			.setResizable(true);
		grid.addColumn(ProgressRow::updatedBy)
			.setHeader(getTranslation("kpi.progress.updated-by"))
			.setKey("updatedBy")
			.setAutoWidth(true);
		grid.addColumn(r -> WHEN.format(r.updatedAt()))
			.setHeader(getTranslation("kpi.progress.updated-at"))
			.setKey("updatedAt")
			.setAutoWidth(true);
		grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("kpi.targets.actions"))
			.setKey("actions")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setFrozenToEnd(true);
		if (editable) {
			grid.addItemDoubleClickListener(e -> edit(e.getItem()));
		}
	}

	private HorizontalLayout actions(ProgressRow row) {
		HorizontalLayout buttons = new HorizontalLayout();
		buttons.setSpacing(false);
		if (editable) {
			buttons.add(small(VaadinIcon.EDIT, "action.edit", "progress-edit-button", e -> edit(row)));
			buttons
				.add(small(VaadinIcon.TRASH, "kpi.progress.delete", "progress-delete-button", e -> confirmDelete(row)));
		}
		buttons.add(small(VaadinIcon.TIME_BACKWARD, "programme.history", "history-button",
				e -> new KpiHistoryDialog(getTranslation("kpi.progress.history", row.date().toString()),
						progress.history(row.id()), labels::progressField, labels::progressValue)
					.open()));
		return buttons;
	}

	private Button small(VaadinIcon icon, String textKey, String className,
			com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
		Button button = new Button(icon.create(), click);
		button.setAriaLabel(getTranslation(textKey));
		button.setTooltipText(getTranslation(textKey));
		button.addClassName(className);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		return button;
	}

	private void edit(@Nullable ProgressRow row) {
		KpiDefinition shown = kpi.getValue();
		if (shown == null) {
			return;
		}
		new ProgressDialog(shown, row, districts, kpis.today(), this::save, () -> showEntries(null)).open();
	}

	private ProgressRow save(@Nullable ProgressRow row, ProgressDraft draft) {
		return row == null ? progress.create(draft) : progress.update(row.id(), row.version(), draft);
	}

	private void confirmDelete(ProgressRow row) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setId("progress-delete-confirm");
		confirm.setHeader(getTranslation("kpi.progress.delete-title"));
		confirm.setText(getTranslation("kpi.progress.delete-text", row.date().toString(),
				labels.district(row.districtId()), amount(row.amount())));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.setConfirmText(getTranslation("kpi.progress.delete"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(e -> {
			try {
				progress.delete(row.id(), row.version());
				showEntries(null);
			}
			catch (ConcurrentEditException ex) {
				new ConflictDialog(ex, () -> showEntries(null)).open();
			}
		});
		confirm.open();
	}

	/**
	 * The reported KPIs of a year in the select, showing {@code shown} or the first, with
	 * {@code entryId} selected.
	 */
	private void showKpis(@Nullable Integer y, @Nullable Long shown, @Nullable Long entryId) {
		List<KpiDefinition> reported = y == null ? List.of()
				: kpis.catalogue(y).stream().filter(k -> k.source() == KpiSource.REPORTED).toList();
		kpi.setItems(reported);
		kpi.setValue(reported.stream()
			.filter(k -> shown == null || k.id() == shown)
			.findFirst()
			.orElse(reported.isEmpty() ? null : reported.getFirst()));
		showEntries(entryId);
	}

	/** The shown KPI's figure and entries; selects and scrolls to {@code entryId}. */
	private void showEntries(@Nullable Long entryId) {
		KpiDefinition shown = kpi.getValue();
		add.setEnabled(shown != null && shown.year() <= kpis.today().getYear());
		figure.removeAll();
		if (shown == null) {
			grid.setItems(List.of());
			figure.add(new Span(getTranslation("kpi.progress.no-kpi")));
			return;
		}
		showFigure(kpis.detail(shown.id(), null).card());
		List<ProgressRow> rows = progress.list(shown.id());
		grid.setItems(rows);
		if (entryId != null) {
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).id() == entryId) {
					grid.select(rows.get(i));
					grid.scrollToIndex(i);
				}
			}
		}
	}

	private void showFigure(KpiCard card) {
		KpiFormat format = new KpiFormat(getLocale());
		Span actual = new Span(format.value(card, card.actual()));
		actual.setId("progress-actual");
		actual.addClassName("kpi-progress-actual");
		Span target = new Span(getTranslation(card.kpi().direction().level() ? "kpi.card.keep" : "kpi.card.target",
				format.value(card, card.kpi().target())));
		target.setId("progress-target");
		Span percent = new Span(format.percent(card.percent()));
		percent.setId("progress-percent");
		Span status = new Span(getTranslation(KpiFormat.statusKey(card.pace().status())));
		status.addClassNames("kpi-chip", KpiFormat.statusClass(card.pace().status()));
		Span asOf = new Span(getTranslation("kpi.board.as-of-note", format.date(card.measuredThrough())));
		asOf.addClassName("kpi-as-of-note");
		figure.add(new Span(getTranslation("kpi.progress.figure")), actual, percent, target, status, asOf);
	}

	private String amount(BigDecimal value) {
		NumberFormat number = NumberFormat.getNumberInstance(getLocale());
		number.setMinimumFractionDigits(0);
		number.setMaximumFractionDigits(2);
		return number.format(value);
	}

	private void updateAddress() {
		KpiDefinition shown = kpi.getValue();
		getUI().ifPresent(ui -> ui.getPage()
			.getHistory()
			.replaceState(null, shown == null ? "kpi/progress" : "kpi/progress?kpi=" + shown.id()));
	}

	/**
	 * {@code ?kpi=<id>} shows that KPI, {@code &entry=<id>} selects one of its entries;
	 * {@code ?year=} a year's first reported KPI; else this year's.
	 */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters params = event.getLocation().getQueryParameters();
		List<Integer> years = kpis.years();
		year.setItems(years);
		Optional<KpiDefinition> wanted = params.getSingleParameter("kpi")
			.flatMap(KpiProgressView::parseLong)
			.flatMap(id -> {
				try {
					return Optional.of(kpis.definition(id));
				}
				catch (RecordNotFoundException e) {
					return Optional.empty();
				}
			});
		int thisYear = kpis.today().getYear();
		int shownYear = wanted.map(KpiDefinition::year)
			.or(() -> params.getSingleParameter("year").flatMap(KpiProgressView::parseLong).map(Long::intValue))
			.filter(years::contains)
			.orElse(years.contains(thisYear) || years.isEmpty() ? thisYear : years.getFirst());
		year.setValue(years.contains(shownYear) ? shownYear : null);
		showKpis(year.getValue(), wanted.map(KpiDefinition::id).orElse(null),
				params.getSingleParameter("entry").flatMap(KpiProgressView::parseLong).orElse(null));
	}

	private static Optional<Long> parseLong(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("kpi.progress.title");
	}

}
