package org.unionstations.portal.station.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.OpeningHours.TimeRange;

/**
 * Opening hours: "24 hours", or per weekday open/closed with opening and closing time. An
 * incomplete or backwards day makes the field invalid with a message at that day.
 */
public class OpeningHoursField extends CustomField<OpeningHours> {

	private final Checkbox allDay = new Checkbox();

	private final Map<DayOfWeek, Checkbox> open = new EnumMap<>(DayOfWeek.class);

	private final Map<DayOfWeek, TimePicker> from = new EnumMap<>(DayOfWeek.class);

	private final Map<DayOfWeek, TimePicker> to = new EnumMap<>(DayOfWeek.class);

	private final Div days = new Div();

	private final Span problem = new Span();

	public OpeningHoursField(String label) {
		setLabel(label);
		StationLabels labels = new StationLabels(this);
		allDay.setLabel(getTranslation("station.hours.all-day"));
		allDay.setId("hours-all-day");
		allDay.addValueChangeListener(e -> {
			days.setVisible(!e.getValue());
			updateValue();
		});
		for (DayOfWeek day : DayOfWeek.values()) {
			Checkbox isOpen = new Checkbox(labels.day(day));
			isOpen.setMinWidth("6em");
			isOpen.getStyle().set("white-space", "nowrap");
			TimePicker opens = new TimePicker();
			TimePicker closes = new TimePicker();
			opens.setWidth("7.5em");
			closes.setWidth("7.5em");
			opens.setAriaLabel(labels.day(day) + " " + getTranslation("station.hours.opens"));
			closes.setAriaLabel(labels.day(day) + " " + getTranslation("station.hours.closes"));
			isOpen.addValueChangeListener(e -> {
				opens.setEnabled(e.getValue());
				closes.setEnabled(e.getValue());
				if (e.getValue() && opens.isEmpty() && closes.isEmpty()) {
					opens.setValue(LocalTime.of(8, 0));
					closes.setValue(LocalTime.of(18, 0));
				}
				updateValue();
			});
			opens.addValueChangeListener(e -> updateValue());
			closes.addValueChangeListener(e -> updateValue());
			opens.setEnabled(false);
			closes.setEnabled(false);
			open.put(day, isOpen);
			from.put(day, opens);
			to.put(day, closes);
			HorizontalLayout row = new HorizontalLayout(isOpen, opens, new Span("–"), closes);
			row.setAlignItems(Alignment.BASELINE);
			row.setSpacing(true);
			days.add(row);
		}
		problem.addClassName("field-problem");
		add(allDay, days, problem);
	}

	@Override
	protected OpeningHours generateModelValue() {
		problem.setText("");
		if (allDay.getValue()) {
			return OpeningHours.ALWAYS;
		}
		Map<DayOfWeek, TimeRange> ranges = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!open.get(day).getValue()) {
				continue;
			}
			LocalTime opens = from.get(day).getValue();
			LocalTime closes = to.get(day).getValue();
			if (opens == null || closes == null || !opens.isBefore(closes)) {
				problem.setText(getTranslation("station.validation.hours", new StationLabels(this).day(day)));
				return null;
			}
			ranges.put(day, new TimeRange(opens, closes));
		}
		return new OpeningHours(false, ranges);
	}

	@Override
	protected void setPresentationValue(OpeningHours hours) {
		OpeningHours value = hours == null ? OpeningHours.NOT_SET : hours;
		allDay.setValue(value.allDay());
		days.setVisible(!value.allDay());
		for (DayOfWeek day : DayOfWeek.values()) {
			TimeRange range = value.days().get(day);
			open.get(day).setValue(range != null);
			from.get(day).setValue(range == null ? null : range.opens());
			to.get(day).setValue(range == null ? null : range.closes());
			from.get(day).setEnabled(range != null);
			to.get(day).setEnabled(range != null);
		}
		problem.setText("");
	}

	/** Null while a day is incomplete or backwards. */
	public boolean isComplete() {
		return generateModelValue() != null;
	}

}
