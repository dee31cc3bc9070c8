package org.unionstations.portal.station.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionstations.portal.KaribuViewTest;
import org.unionstations.portal.base.geo.CoordinateConverter;
import org.unionstations.portal.base.geo.CoordinateSystem;
import org.unionstations.portal.base.geo.LonLat;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.station.OpeningHours;
import org.unionstations.portal.station.StationDetails;
import org.unionstations.portal.station.StationDraft;
import org.unionstations.portal.station.StationService;
import org.unionstations.portal.station.StationStatus;
import org.unionstations.portal.station.StationType;

class StationEditorViewIT extends KaribuViewTest {

	private static final String PREFIX = "编辑器测试";

	@Autowired
	StationService stations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestStations() {
		jdbc.sql("DELETE FROM station WHERE name LIKE :p").param("p", PREFIX + "%").update();
	}

	@Test
	void saving_an_empty_form_shows_messages_at_the_fields_and_writes_nothing() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);
		long before = count();

		ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));

		TextField name = _get(TextField.class, s -> s.withId("station-name"));
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("必填");
		assertThat(_get(LocationField.class).isInvalid()).isTrue();
		assertThat(_get(LocationField.class).getErrorMessage()).isEqualTo("请输入经纬度或在地图上点击选取位置");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_planner_creates_a_station_from_coordinates_and_the_district_fills_itself_in() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);

		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("station-name")), PREFIX + "新驿站");
		typeLocation(114.3225, 29.8525);
		@SuppressWarnings("unchecked")
		ComboBox<DistrictRef> district = _get(ComboBox.class, s -> s.withId("station-district"));
		assertThat(district.getValue().nameZh()).isEqualTo("咸安区");

		ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));

		NotificationsKt.expectNotifications("已保存“" + PREFIX + "新驿站”");
		StationDetails saved = stations.get(idOf(PREFIX + "新驿站"));
		assertThat(saved.longitude()).isEqualTo(114.3225);
		assertThat(saved.districtNameZh()).isEqualTo("咸安区");
		assertThat(saved.createdBy()).isEqualTo("planner");
	}

	@Test
	void a_nul_or_a_right_to_left_override_in_the_name_is_refused_at_the_name_field() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);
		typeLocation(114.3225, 29.8525);
		TextField name = _get(TextField.class, s -> s.withId("station-name"));
		long before = count();

		for (String bad : List.of(PREFIX + "驿站\u0000", PREFIX + "驿站\u202Eexe.gpj")) {
			HasValueUtilsKt._setValue(name, bad);
			ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));

			assertThat(name.isInvalid()).isTrue();
			assertThat(name.getErrorMessage()).startsWith("不能包含控制字符或改变文字方向的字符")
				.contains(bad.contains("\u0000") ? "U+0000" : "U+202E");
			assertThat(count()).isEqualTo(before);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void opening_hours_come_from_a_preset_or_the_same_hours_for_every_day() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);
		OpeningHoursField hours = _get(OpeningHoursField.class);
		Select<String> preset = _get(Select.class, s -> s.withId("hours-preset"));
		com.vaadin.flow.component.checkbox.Checkbox allDay = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
				s -> s.withId("hours-all-day"));
		com.vaadin.flow.component.checkbox.Checkbox same = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
				s -> s.withId("hours-same-every-day"));

		HasValueUtilsKt._setValue(preset, "station.hours.preset.weekdays-saturday");
		assertThat(hours.getValue().format())
			.isEqualTo("Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00;Sa 09:00-12:00");
		assertThat(same.getValue()).isFalse();

		HasValueUtilsKt._setValue(preset, "station.hours.preset.always");
		assertThat(hours.getValue()).isEqualTo(OpeningHours.ALWAYS);

		// unticking "24 hours" starts from the same usual hours every day: two pickers,
		// not 14
		HasValueUtilsKt._setValue(preset, "station.hours.preset.daily");
		assertThat(same.getValue()).isTrue();
		HasValueUtilsKt._setValue(
				_get(com.vaadin.flow.component.timepicker.TimePicker.class, s -> s.withId("hours-every-day-closes")),
				LocalTime.of(20, 0));
		assertThat(hours.getValue()).isEqualTo(OpeningHours.parse("每天 09:00-20:00"));

		HasValueUtilsKt._setValue(allDay, true);
		assertThat(hours.getValue()).isEqualTo(OpeningHours.ALWAYS);
		HasValueUtilsKt._setValue(allDay, false);
		assertThat(hours.getValue()).isEqualTo(OpeningHours.parse("每天 09:00-20:00"));

		hours.setValue(OpeningHours.NOT_SET);
		HasValueUtilsKt._setValue(allDay, true);
		HasValueUtilsKt._setValue(allDay, false);
		assertThat(same.getValue()).isTrue();
		assertThat(hours.getValue()).isEqualTo(OpeningHours.parse("每天 08:00-18:00"));

		// unticking "same every day" keeps the hours, now per day
		HasValueUtilsKt._setValue(same, false);
		assertThat(hours.getValue()).isEqualTo(OpeningHours.parse("每天 08:00-18:00"));
	}

	@Test
	void a_location_outside_the_city_is_refused_where_it_was_entered() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("station-name")), PREFIX + "武汉");
		typeLocation(114.30, 30.60);

		LocationField location = _get(LocationField.class);
		assertThat(location.isInvalid()).isTrue();
		assertThat(location.getErrorMessage()).isEqualTo("该位置不在任何区县范围内，请检查经纬度和坐标系");

		ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));
		assertThat(location.getErrorMessage()).isEqualTo("该位置不在任何区县范围内，请检查经纬度和坐标系");
		assertThat(count(PREFIX + "武汉")).isZero();
	}

	@Test
	void gcj02_coordinates_typed_by_the_user_are_stored_as_wgs84() {
		login("planner");
		UI.getCurrent().navigate(StationEditorView.class);
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("station-name")), PREFIX + "高德坐标");
		@SuppressWarnings("unchecked")
		Select<CoordinateSystem> crs = _get(Select.class, s -> s.withId("location-crs"));
		HasValueUtilsKt._setValue(crs, CoordinateSystem.GCJ02);
		LonLat amap = CoordinateConverter.wgs84ToGcj02(new LonLat(114.3225, 29.8525));
		typeLocation(amap.longitude(), amap.latitude());

		ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));

		StationDetails saved = stations.get(idOf(PREFIX + "高德坐标"));
		assertThat(saved.longitude()).isCloseTo(114.3225, org.assertj.core.data.Offset.offset(2e-6));
		assertThat(saved.latitude()).isCloseTo(29.8525, org.assertj.core.data.Offset.offset(2e-6));
	}

	@Test
	void a_concurrent_edit_is_refused_with_an_offer_to_reload() {
		login("planner");
		long id = createStation(PREFIX + "并发");
		UI.getCurrent().navigate(StationEditorView.class, String.valueOf(id));
		HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("station-address")), "我的修改");

		// meanwhile someone else saves the same station
		StationDraft theirs = stations.get(id).toDraft();
		theirs.setAddress("他人的修改");
		stations.update(id, theirs);

		ButtonKt._click(_get(Button.class, s -> s.withId("station-save")));

		ConfirmDialog conflict = _get(ConfirmDialog.class, s -> s.withId("conflict-dialog"));
		assertThat(stations.get(id).address()).isEqualTo("他人的修改");
		BasicUtilsKt._fireEvent(conflict, new ConfirmDialog.ConfirmEvent(conflict, true));
		assertThat(_get(TextField.class, s -> s.withId("station-address")).getValue()).isEqualTo("他人的修改");
	}

	@Test
	void an_operator_or_a_leader_cannot_open_the_editor() {
		login("operator");
		UI.getCurrent().navigate(StationEditorView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
		_assertNone(StationEditorView.class);
		login("leader");
		UI.getCurrent().navigate(StationEditorView.class);
		assertThat(_get(H2.class, s -> s.withId("access-denied-title")).getText()).isEqualTo("无权访问");
	}

	private void typeLocation(double lon, double lat) {
		HasValueUtilsKt._setValue(_get(NumberField.class, s -> s.withId("location-lon")), lon);
		HasValueUtilsKt._setValue(_get(NumberField.class, s -> s.withId("location-lat")), lat);
	}

	private long createStation(String name) {
		StationDraft d = new StationDraft();
		d.setType(StationType.UNION_POST_STATION);
		d.setName(name);
		d.setAddress("原地址");
		d.setLongitude(114.3225);
		d.setLatitude(29.8525);
		d.setStatus(StationStatus.OPEN);
		return stations.create(d).id();
	}

	private long idOf(String name) {
		return jdbc.sql("SELECT id FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM station").query(Long.class).single();
	}

	private long count(String name) {
		return jdbc.sql("SELECT count(*) FROM station WHERE name = :n").param("n", name).query(Long.class).single();
	}

}
