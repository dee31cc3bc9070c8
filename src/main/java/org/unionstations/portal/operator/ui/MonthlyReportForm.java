package org.unionstations.portal.operator.ui;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.operator.MonthlyReport;
import org.unionstations.portal.operator.ReportCategory;
import org.unionstations.portal.operator.ReportCounts;
import org.unionstations.portal.operator.ReportSchedule;
import org.unionstations.portal.operator.ServiceReportService;

/**
 * One station's monthly service report: opens on the last month that is due, lists the
 * months still missing (each a click away), and on a conflicting save offers to load the
 * other person's report or to keep the typed figures on top of it, with theirs shown
 * under each field that differs, so the next save is a deliberate overwrite.
 */
class MonthlyReportForm extends Composite<VerticalLayout> {

	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final ServiceReportService reports;

	private final Select<YearMonth> month = new Select<>();

	private final Map<ReportCategory, IntegerField> people = new EnumMap<>(ReportCategory.class);

	private final Map<ReportCategory, IntegerField> activities = new EnumMap<>(ReportCategory.class);

	private final Span reportState = new Span();

	private final FlexLayout missing = new FlexLayout();

	private final Grid<MonthlyReport> recent = new Grid<>();

	private final HistoryGrid history;

	private long stationId;

	private @Nullable MonthlyReport report;

	/** True while {@link #show(long)} sets the picker up. */
	private boolean opening;

	MonthlyReportForm(ServiceReportService reports) {
		this.reports = reports;
		history = new HistoryGrid(this::fieldLabel, (field, value) -> value);
		history.setId("report-history");

		month.setLabel(getTranslation("report.month"));
		month.setItemLabelGenerator(MONTH::format);
		month.setId("report-month");
		month.addValueChangeListener(e -> {
			if (e.getValue() != null && !opening) {
				load();
			}
		});
		reportState.setId("report-state");
		missing.setId("report-missing");
		missing.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		missing.setAlignItems(Alignment.BASELINE);

		FormLayout counts = new FormLayout();
		counts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
		counts.add(new Span(getTranslation("report.category")), new Span(getTranslation("report.people")),
				new Span(getTranslation("report.activities")));
		for (ReportCategory c : ReportCategory.values()) {
			IntegerField p = countField("report-people-" + c.name(),
					getTranslation("report.category." + c.name()) + " " + getTranslation("report.people"));
			IntegerField a = countField("report-activities-" + c.name(),
					getTranslation("report.category." + c.name()) + " " + getTranslation("report.activities"));
			people.put(c, p);
			activities.put(c, a);
			counts.add(new Span(getTranslation("report.category." + c.name())), p, a);
		}
		Button save = new Button(getTranslation("report.save"), e -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("report-save");

		recent.addColumn(r -> MONTH.format(r.month())).setHeader(getTranslation("report.month")).setAutoWidth(true);
		recent.addColumn(MonthlyReport::totalPeopleServed).setHeader(getTranslation("report.people"));
		recent.addColumn(MonthlyReport::totalActivities).setHeader(getTranslation("report.activities"));
		recent.addColumn(r -> getTranslation(r.reported() ? "report.reported" : "report.not-reported"))
			.setHeader(getTranslation("report.state"));
		recent.addThemeVariants(GridVariant.LUMO_COMPACT);
		recent.setAllRowsVisible(true);
		recent.setId("report-recent");

		HorizontalLayout top = new HorizontalLayout(month, reportState);
		top.setAlignItems(Alignment.BASELINE);
		getContent().add(top, missing, counts, save, new H3(getTranslation("report.recent")), recent,
				new H3(getTranslation("report.history")), history);
	}

	private IntegerField countField(String id, String ariaLabel) {
		IntegerField field = new IntegerField();
		field.setMin(0);
		field.setMax(ReportCounts.MAX);
		field.setStepButtonsVisible(false);
		field.setId(id);
		field.setAriaLabel(ariaLabel);
		return field;
	}

	/**
	 * Shows the station's report for the last month due; the picker offers the past 12
	 * months and the whole reporting year, none after the station closed.
	 */
	void show(long stationId) {
		this.stationId = stationId;
		ReportSchedule schedule = reports.schedule(stationId);
		YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		if (schedule.closingMonth() != null && schedule.closingMonth().isBefore(last)) {
			last = schedule.closingMonth();
		}
		YearMonth first = last.minusMonths(11);
		YearMonth yearStart = YearMonth.of(schedule.dueMonth().getYear(), 1);
		if (yearStart.isBefore(first)) {
			first = yearStart;
		}
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
			months.add(m);
		}
		opening = true;
		try {
			month.setItems(months);
			month.setValue(schedule.dueMonth());
		}
		finally {
			opening = false;
		}
		load();
	}

	private void load() {
		month.setInvalid(false);
		report = reports.get(stationId, month.getValue());
		for (ReportCategory c : ReportCategory.values()) {
			fill(people.get(c), report.counts().get(c).peopleServed());
			fill(activities.get(c), report.counts().get(c).activities());
		}
		reportState.setText(getTranslation(report.reported() ? "report.reported" : "report.not-reported"));
		refreshLists();
	}

	private static void fill(IntegerField field, int value) {
		field.setValue(value);
		field.setInvalid(false);
		field.setHelperText(null);
	}

	private void refreshLists() {
		missing.removeAll();
		List<YearMonth> due = reports.schedule(stationId).missing();
		if (due.isEmpty()) {
			missing.add(new Span(getTranslation("report.missing.none")));
		}
		else {
			missing.add(new Span(getTranslation("report.missing")));
			for (YearMonth m : due) {
				Button go = new Button(MONTH.format(m), e -> month.setValue(m));
				go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
				go.setId("report-missing-" + m);
				missing.add(go);
			}
		}
		recent.setItems(reports.recent(stationId, 12));
		history.setRevisions(reports.history(stationId, month.getValue()));
	}

	/** "SEASONAL_CARE.people" reads "四季送 · 服务人次". */
	private String fieldLabel(String field) {
		String[] parts = field.split("\\.");
		return getTranslation("report.category." + parts[0]) + " · "
				+ getTranslation("people".equals(parts[1]) ? "report.people" : "report.activities");
	}

	private void save() {
		Map<ReportCategory, ReportCounts> counts = new EnumMap<>(ReportCategory.class);
		boolean valid = true;
		for (ReportCategory c : ReportCategory.values()) {
			Integer p = people.get(c).getValue();
			Integer a = activities.get(c).getValue();
			valid &= checkCount(people.get(c), p);
			valid &= checkCount(activities.get(c), a);
			if (valid) {
				counts.put(c, new ReportCounts(p == null ? 0 : p, a == null ? 0 : a));
			}
		}
		if (!valid) {
			return;
		}
		try {
			report = reports.save(stationId, month.getValue(), report.version(), counts);
			Notification
				.show(getTranslation("report.saved", MONTH.format(report.month())), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			load();
		}
		catch (InvalidInputException e) {
			var problem = e.problems().getFirst();
			String message = getTranslation(problem.messageKey(), problem.args().toArray());
			if ("month".equals(problem.field())) {
				month.setErrorMessage(message);
				month.setInvalid(true);
			}
			Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		catch (ConcurrentEditException e) {
			ConfirmDialog dialog = new ConfirmDialog();
			dialog.setId("conflict-dialog");
			dialog.setHeader(getTranslation("report.conflict.title"));
			dialog.setText(getTranslation("report.conflict.text"));
			dialog.setConfirmText(getTranslation("report.conflict.reload"));
			dialog.addConfirmListener(c -> load());
			dialog.setCancelable(true);
			dialog.setCancelText(getTranslation("report.conflict.keep"));
			dialog.addCancelListener(c -> keepTypedFigures());
			dialog.open();
		}
	}

	/**
	 * Takes the other person's report as the version to overwrite, leaves the typed
	 * figures in the fields and shows theirs under each field that differs.
	 */
	private void keepTypedFigures() {
		report = reports.get(stationId, month.getValue());
		for (ReportCategory c : ReportCategory.values()) {
			showTheirs(people.get(c), report.counts().get(c).peopleServed());
			showTheirs(activities.get(c), report.counts().get(c).activities());
		}
		reportState.setText(getTranslation("report.conflict.kept"));
		refreshLists();
	}

	private void showTheirs(IntegerField field, int theirs) {
		Integer typed = field.getValue();
		field.setHelperText(
				(typed == null ? 0 : typed) == theirs ? null : getTranslation("report.conflict.theirs", theirs));
	}

	private boolean checkCount(IntegerField field, @Nullable Integer value) {
		boolean ok = !field.isInvalid() && (value == null || (value >= 0 && value <= ReportCounts.MAX));
		if (!ok) {
			field.setErrorMessage(getTranslation("report.validation.count", ReportCounts.MAX));
			field.setInvalid(true);
		}
		return ok;
	}

}
