package org.unionstations.portal.operator.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;

import org.unionstations.portal.operator.DistrictDiscipline;
import org.unionstations.portal.operator.OperatorDiscipline;
import org.unionstations.portal.operator.ReportDiscipline;

/**
 * The reporting discipline board's summaries side by side: per district (stations due,
 * late, share on time, with the total in the footer) and per operator (stations, late,
 * most months behind).
 */
class DisciplineSummary extends Composite<FlexLayout> {

	private final Locale locale;

	private final Grid<DistrictDiscipline> districts = new Grid<>();

	private final Grid<OperatorDiscipline> operators = new Grid<>();

	private final FooterRow.FooterCell[] total;

	DisciplineSummary(Locale locale) {
		this.locale = locale;
		NumberFormat percent = percent(locale);
		districts.setId("discipline-districts");
		districts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		Grid.Column<DistrictDiscipline> name = districts
			.addColumn(d -> d.name(locale) == null ? getTranslation("discipline.no-district") : d.name(locale))
			.setHeader(getTranslation("station.district"))
			.setKey("district")
			.setFlexGrow(2);
		Grid.Column<DistrictDiscipline> due = number(districts, DistrictDiscipline::due, "due", "discipline.due");
		Grid.Column<DistrictDiscipline> late = number(districts, DistrictDiscipline::late, "late", "discipline.late");
		Grid.Column<DistrictDiscipline> onTime = districts.addColumn(d -> percent.format(d.onTimeShare()))
			.setHeader(getTranslation("discipline.on-time"))
			.setKey("on-time")
			.setTextAlign(ColumnTextAlign.END);
		FooterRow footer = districts.appendFooterRow();
		total = new FooterRow.FooterCell[] { footer.getCell(name), footer.getCell(due), footer.getCell(late),
				footer.getCell(onTime) };

		operators.setId("discipline-operators");
		operators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		operators.addColumn(o -> o.operator() == null ? getTranslation("discipline.no-operator") : o.operator())
			.setHeader(getTranslation("discipline.operator"))
			.setKey("operator")
			.setFlexGrow(2);
		number(operators, OperatorDiscipline::stations, "stations", "discipline.stations");
		number(operators, OperatorDiscipline::late, "late", "discipline.late");
		number(operators, OperatorDiscipline::maxMonthsBehind, "max-behind", "discipline.max-behind");

		FlexLayout layout = getContent();
		layout.setId("discipline-summary");
		layout.addClassName("discipline-summary");
		layout.setWidthFull();
		layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		// every district in view (a city has a handful); the operators beside them as
		// high, scrolling when there are more
		districts.setAllRowsVisible(true);
		VerticalLayout operatorSection = section("discipline.operator-summary", operators);
		operators.setHeight("0");
		operators.setMinHeight("6em");
		operatorSection.setFlexGrow(1, operators);
		layout.add(section("discipline.district-summary", districts), operatorSection);
	}

	void show(ReportDiscipline report) {
		districts.setItems(report.districts());
		operators.setItems(report.operators());
		total[0].setText(getTranslation("discipline.total"));
		total[1].setText(String.valueOf(report.totalDue()));
		total[2].setText(String.valueOf(report.totalLate()));
		total[3].setText(percent(locale).format(report.onTimeShare()));
	}

	/** Shares as percentages with one decimal: 81.6%. */
	static NumberFormat percent(Locale locale) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format;
	}

	private static <T> Grid.Column<T> number(Grid<T> grid, ValueProvider<T, Integer> value, String key,
			String headerKey) {
		return grid.addColumn(value)
			.setHeader(grid.getTranslation(headerKey))
			.setKey(key)
			.setTextAlign(ColumnTextAlign.END);
	}

	private VerticalLayout section(String titleKey, Grid<?> grid) {
		VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), grid);
		section.addClassName("discipline-section");
		section.setPadding(false);
		section.setSpacing(false);
		section.getStyle().set("flex", "1 1 24em");
		return section;
	}

}
