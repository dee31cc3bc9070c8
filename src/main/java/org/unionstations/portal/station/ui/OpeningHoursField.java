package org.unionstations.portal.station.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.OpeningHours.TimeRange;

/**
 * Opening hours: a preset ("Mon–Fri 08:00–18:00", "daily 09:00–21:00", "24 hours", …),
 * "24 hours", the same hours for every day, or per weekday open/closed with opening and
 * closing time. Unticking "24 hours" on a field without hours starts from the same hours
 * every day (08:00–18:00) rather than fourteen empty pickers. An incomplete or backwards
 * day makes the field invalid with a message at that day.
 */
public class OpeningHoursField extends CustomField<OpeningHours> {

	/**
	 * The presets, as translation keys of texts that {@link OpeningHours#parse} reads.
	 */
	static final List<String> PRESETS = List.of("station.hours.preset.weekdays",
			"station.hours.preset.weekdays-saturday", "station.hours.preset.daily", "station.hours.preset.always");

	private final Select<String> preset = new Select<>();

	private final Checkbox allDay = new Checkbox();

	private final Checkbox sameEveryDay = new Checkbox();

	private final TimePicker everyDayOpens = picker();

	private final TimePicker everyDayCloses = picker();

	private final HorizontalLayout everyDay;

	private final Map<DayOfWeek, Checkbox> open = new EnumMap<>(DayOfWeek.class);

	private final Map<DayOfWeek, TimePicker> from = new EnumMap<>(DayOfWeek.class);

	private final Map<DayOfWeek, TimePicker> to = new EnumMap<>(DayOfWeek.class);

	private final Div days = new Div();

	private final Span problem = new Span();

	/** True while the field shows a value, so the controls' listeners add no defaults. */
	private boolean presenting;

	public OpeningHoursField(String label) {
		setLabel(label);
		StationLabels labels = new StationLabels(this);

		preset.setId("hours-preset");
		preset.setPlaceholder(getTranslation("station.hours.preset"));
		preset.setAriaLabel(getTranslation("station.hours.preset"));
		preset.setItems(PRESETS);
		preset.setItemLabelGenerator(this::getTranslation);
		preset.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				applyPreset(e.getValue());
			}
		});

		allDay.setLabel(getTranslation("station.hours.all-day"));
		allDay.setId("hours-all-day");
		allDay.addValueChangeListener(e -> {
			if (!e.getValue() && !presenting && !anyDayOpen() && !sameEveryDay.getValue()) {
				// start from usual hours, not from fourteen empty pickers
				presenting = true;
				sameEveryDay.setValue(true);
				everyDayOpens.setValue(OpeningHours.USUAL.opens());
				everyDayCloses.setValue(OpeningHours.USUAL.closes());
				presenting = false;
			}
			showControls();
			updateValue();
		});

		sameEveryDay.setLabel(getTranslation("station.hours.same-every-day"));
		sameEveryDay.setId("hours-same-every-day");
		sameEveryDay.addValueChangeListener(e -> {
			if (!presenting) {
				if (e.getValue()) {
					TimeRange first = firstOpenDay();
					everyDayOpens.setValue(first == null ? OpeningHours.USUAL.opens() : first.opens());
					everyDayCloses.setValue(first == null ? OpeningHours.USUAL.closes() : first.closes());
				}
				else {
					// keep the hours: every day opens as they were
					showDays(everyDayValue());
				}
			}
			showControls();
			updateValue();
		});
		everyDayOpens.setId("hours-every-day-opens");
		everyDayCloses.setId("hours-every-day-closes");
		everyDayOpens
			.setAriaLabel(getTranslation("station.hours.same-every-day") + " " + getTranslation("station.hours.opens"));
		everyDayCloses.setAriaLabel(
				getTranslation("station.hours.same-every-day") + " " + getTranslation("station.hours.closes"));
		everyDayOpens.addValueChangeListener(e -> updateValue());
		everyDayCloses.addValueChangeListener(e -> updateValue());
		everyDay = new HorizontalLayout(everyDayOpens, new Span("–"), everyDayCloses);
		everyDay.setAlignItems(Alignment.BASELINE);

		for (DayOfWeek day : DayOfWeek.values()) {
			Checkbox isOpen = new Checkbox(labels.day(day));
			isOpen.setMinWidth("6em");
			isOpen.getStyle().set("white-space", "nowrap");
			TimePicker opens = picker();
			TimePicker closes = picker();
			opens.setAriaLabel(labels.day(day) + " " + getTranslation("station.hours.opens"));
			closes.setAriaLabel(labels.day(day) + " " + getTranslation("station.hours.closes"));
			isOpen.addValueChangeListener(e -> {
				opens.setEnabled(e.getValue());
				closes.setEnabled(e.getValue());
				if (e.getValue() && opens.isEmpty() && closes.isEmpty()) {
					opens.setValue(OpeningHours.USUAL.opens());
					closes.setValue(OpeningHours.USUAL.closes());
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
		HorizontalLayout switches = new HorizontalLayout(allDay, sameEveryDay);
		switches.setAlignItems(Alignment.BASELINE);
		add(preset, switches, everyDay, days, problem);
		showControls();
	}

	private static TimePicker picker() {
		TimePicker picker = new TimePicker();
		picker.setWidth("7.5em");
		return picker;
	}

	/** Shows a preset's hours, as if the user had set them one by one. */
	private void applyPreset(String key) {
		OpeningHours hours = OpeningHours.parse(getTranslation(key));
		setPresentationValue(hours);
		updateValue();
		preset.clear();
	}

	@Override
	protected OpeningHours generateModelValue() {
		problem.setText("");
		if (allDay.getValue()) {
			return OpeningHours.ALWAYS;
		}
		if (sameEveryDay.getValue()) {
			LocalTime opens = everyDayOpens.getValue();
			LocalTime closes = everyDayCloses.getValue();
			if (opens == null || closes == null || !opens.isBefore(closes)) {
				problem.setText(getTranslation("station.validation.hours", getTranslation("station.hours.every-day")));
				return null;
			}
			return everyDayValue();
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
		presenting = true;
		try {
			allDay.setValue(value.allDay());
			TimeRange same = sameForEveryDay(value);
			sameEveryDay.setValue(same != null);
			everyDayOpens.setValue(same == null ? null : same.opens());
			everyDayCloses.setValue(same == null ? null : same.closes());
			showDays(value);
			showControls();
			problem.setText("");
		}
		finally {
			presenting = false;
		}
	}

	private void showDays(OpeningHours value) {
		for (DayOfWeek day : DayOfWeek.values()) {
			TimeRange range = value.days().get(day);
			open.get(day).setValue(range != null);
			from.get(day).setValue(range == null ? null : range.opens());
			to.get(day).setValue(range == null ? null : range.closes());
			from.get(day).setEnabled(range != null);
			to.get(day).setEnabled(range != null);
		}
	}

	private void showControls() {
		sameEveryDay.setVisible(!allDay.getValue());
		everyDay.setVisible(!allDay.getValue() && sameEveryDay.getValue());
		days.setVisible(!allDay.getValue() && !sameEveryDay.getValue());
	}

	/**
	 * Every day with the same-for-every-day pickers' hours; not set while they are wrong.
	 */
	private OpeningHours everyDayValue() {
		LocalTime opens = everyDayOpens.getValue();
		LocalTime closes = everyDayCloses.getValue();
		if (opens == null || closes == null || !opens.isBefore(closes)) {
			return OpeningHours.NOT_SET;
		}
		Map<DayOfWeek, TimeRange> ranges = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			ranges.put(day, new TimeRange(opens, closes));
		}
		return new OpeningHours(false, ranges);
	}

	private static TimeRange sameForEveryDay(OpeningHours value) {
		if (value.allDay() || value.days().size() != DayOfWeek.values().length) {
			return null;
		}
		TimeRange first = value.days().get(DayOfWeek.MONDAY);
		return value.days().values().stream().allMatch(first::equals) ? first : null;
	}

	private boolean anyDayOpen() {
		return open.values().stream().anyMatch(Checkbox::getValue);
	}

	private TimeRange firstOpenDay() {
		for (DayOfWeek day : DayOfWeek.values()) {
			LocalTime opens = from.get(day).getValue();
			LocalTime closes = to.get(day).getValue();
			if (open.get(day).getValue() && opens != null && closes != null && opens.isBefore(closes)) {
				return new TimeRange(opens, closes);
			}
		}
		return null;
	}

	/** Null while a day is incomplete or backwards. */
	public boolean isComplete() {
		return generateModelValue() != null;
	}

}
