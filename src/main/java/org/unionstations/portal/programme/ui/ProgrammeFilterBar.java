package org.unionstations.portal.programme.ui;

import java.time.Year;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import org.unionstations.portal.base.ClockConfig;
import org.unionstations.portal.base.ui.ExportMenu;
import org.unionstations.portal.base.ui.FilterFields;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.programme.ProgrammeFilter;
import org.unionstations.portal.programme.ProgrammeTotals;
import org.unionstations.portal.station.StationType;

/**
 * The filters every programme grid has (year, district, station type, status, text), the
 * row count, and room for the view's own buttons. One component for the three grids.
 *
 * @param <S> the programme's status enum
 */
class ProgrammeFilterBar<S extends Enum<S>> extends Composite<FlexLayout> {

	private final Span count = new Span();

	private final Span byStatus = new Span();

	private final String statusKeyPrefix;

	private final Select<Integer> year = new Select<>();

	private final TextField text;

	private ProgrammeFilter filter = ProgrammeFilter.year(Year.now(ClockConfig.ZONE).getValue());

	ProgrammeFilterBar(Class<S> statusType, String statusKeyPrefix, List<DistrictRef> districts,
			Consumer<ProgrammeFilter> changed) {
		this.statusKeyPrefix = statusKeyPrefix;
		year.setId("filter-year");
		year.setLabel(getTranslation("programme.filter.year"));
		int now = filter.year();
		year.setItems(IntStream.rangeClosed(now - 3, now + 1).boxed().toList());
		year.setValue(now);
		year.addValueChangeListener(e -> changed.accept(filter = filter.withYear(e.getValue())));

		ComboBox<DistrictRef> district = new ComboBox<>(getTranslation("station.district"));
		district.setId("filter-district");
		district.setItems(districts);
		district.setItemLabelGenerator(d -> d.name(getLocale()));
		FilterFields.allWhenEmpty(district);
		district.setClearButtonVisible(true);
		district.addValueChangeListener(
				e -> changed.accept(filter = filter.withDistrictId(e.getValue() == null ? null : e.getValue().id())));

		ComboBox<StationType> type = new ComboBox<>(getTranslation("station.type"));
		type.setId("filter-type");
		type.setItems(StationType.values());
		type.setItemLabelGenerator(t -> getTranslation("station.type." + t.name()));
		FilterFields.allWhenEmpty(type);
		type.setClearButtonVisible(true);
		type.addValueChangeListener(e -> changed.accept(filter = filter.withStationType(e.getValue())));

		ComboBox<S> status = new ComboBox<>(getTranslation("programme.status"));
		status.setId("filter-status");
		status.setItems(statusType.getEnumConstants());
		status.setItemLabelGenerator(s -> getTranslation(statusKeyPrefix + s.name()));
		FilterFields.allWhenEmpty(status);
		status.setClearButtonVisible(true);
		status.addValueChangeListener(e -> changed.accept(filter = filter.withStatus(e.getValue())));

		text = new TextField(getTranslation("station.filter.text-label"));
		text.setId("filter-text");
		text.setPlaceholder(getTranslation("station.filter.text"));
		text.setPrefixComponent(VaadinIcon.SEARCH.create());
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(e -> changed.accept(filter = filter.withText(e.getValue())));

		count.setId("row-count");
		count.addClassName("row-count");
		byStatus.setId("status-counts");
		byStatus.addClassName("row-count");
		FlexLayout bar = getContent();
		bar.addClassName("filter-bar");
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		bar.getStyle().set("gap", "var(--lumo-space-s)");
		bar.add(year, district, type, status, text, count, byStatus);
	}

	/**
	 * The year and text given in the address ({@code ?year=2026&text=…}, as the station
	 * pages link to a station's records); a year the filter does not offer is ignored.
	 */
	void read(QueryParameters parameters) {
		parameters.getSingleParameter("year")
			.filter(y -> y.matches("[0-9]{4}"))
			.map(Integer::valueOf)
			.filter(y -> year.getListDataView().contains(y))
			.ifPresent(year::setValue);
		parameters.getSingleParameter("text").ifPresent(text::setValue);
	}

	ProgrammeFilter filter() {
		return filter;
	}

	/** The row count, and how many rows stand at each status (the grid's totals). */
	void setTotals(ProgrammeTotals<S> totals) {
		count.setText(getTranslation("programme.count", totals.total()));
		byStatus.setText(totals.byStatus()
			.stream()
			.filter(c -> c.count() > 0)
			.map(c -> getTranslation(statusKeyPrefix + c.status().name()) + " " + c.count())
			.collect(Collectors.joining(" · ")));
	}

	/** A view's own button, after the others. */
	void addExtra(Component button) {
		getContent().add(button);
	}

	/**
	 * The grid's buttons after the counts: the export of the filter and, for planners and
	 * admins, 新增 (a dialog) and 导入 (the programme's import view).
	 */
	void addActions(boolean editable, ExportMenu<ProgrammeFilter> export, Runnable add,
			Class<? extends Component> importView) {
		Button addButton = new Button(getTranslation("programme.add"), VaadinIcon.PLUS.create(), e -> add.run());
		addButton.setId("programme-add");
		addButton.setVisible(editable);
		Button importButton = new Button(getTranslation("programme.import"), VaadinIcon.UPLOAD.create(),
				e -> getUI().ifPresent(ui -> ui.navigate(importView)));
		importButton.setId("programme-import");
		importButton.setVisible(editable);
		getContent().add(export, addButton, importButton);
	}

}
