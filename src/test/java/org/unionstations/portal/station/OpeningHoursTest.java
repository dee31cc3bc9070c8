package org.unionstations.portal.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

	@ParameterizedTest
	@ValueSource(strings = { "24/7", "24小时", "24 小时", "全天", "24 hours", "24 Hours", "24h", "7×24小时", "每天 00:00-24:00" })
	void around_the_clock_as_people_write_it(String text) {
		assertThat(OpeningHours.parse(text)).isEqualTo(OpeningHours.ALWAYS);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Mo 08:00-18:00;Tu 08:00-18:00                    | Mo 08:00-18:00;Tu 08:00-18:00
					周一至周五 08:00-18:00                              | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					周一到周五08:00-18:00                               | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					星期一至五 8:00—18:00                               | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					工作日 08：00－18：00                                | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					Mon-Fri 08:00-18:00                              | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					Mo-Fr 08:00-18:00                                | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					Weekdays 8:00 - 18:00                            | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00
					每天 09:00-21:00                                   | Mo 09:00-21:00;Tu 09:00-21:00;We 09:00-21:00;Th 09:00-21:00;Fr 09:00-21:00;Sa 09:00-21:00;Su 09:00-21:00
					Daily 09:00-21:00                                | Mo 09:00-21:00;Tu 09:00-21:00;We 09:00-21:00;Th 09:00-21:00;Fr 09:00-21:00;Sa 09:00-21:00;Su 09:00-21:00
					09:00~21:00                                      | Mo 09:00-21:00;Tu 09:00-21:00;We 09:00-21:00;Th 09:00-21:00;Fr 09:00-21:00;Sa 09:00-21:00;Su 09:00-21:00
					周一至周五 08:00-18:00；周六 09:00-12:00                | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00;Sa 09:00-12:00
					周一至周五 08:00-18:00，周六、周日 09:00-12:00           | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00;Sa 09:00-12:00;Su 09:00-12:00
					Mon-Fri 08:00-18:00; Sat 09:00-12:00             | Mo 08:00-18:00;Tu 08:00-18:00;We 08:00-18:00;Th 08:00-18:00;Fr 08:00-18:00;Sa 09:00-12:00
					Sa,Su 10:00-16:00                                | Sa 10:00-16:00;Su 10:00-16:00
					周末 10:00-16:00                                   | Sa 10:00-16:00;Su 10:00-16:00
					周五至周一 10:00-16:00                              | Mo 10:00-16:00;Fr 10:00-16:00;Sa 10:00-16:00;Su 10:00-16:00
					星期天 10:00-24:00                                  | Su 10:00-23:59
					""")
	void days_and_times_as_people_write_them(String text, String canonical) {
		OpeningHours hours = OpeningHours.parse(text);
		assertThat(hours.format()).isEqualTo(canonical);
		// the canonical text reads back the same
		assertThat(OpeningHours.parse(hours.format())).isEqualTo(hours);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			周八 08:00-18:00                   | station.hours.invalid.day   | 周八
			Funday 08:00-18:00               | station.hours.invalid.day   | Funday
			周一 25:00-26:00                   | station.hours.invalid.time  | 25:00
			周一 08:00-18:61                   | station.hours.invalid.time  | 18:61
			周一 18:00-08:00                   | station.hours.invalid.order | 周一 18:00-08:00
			周一至周五 08:00-18:00；周五 09:00-12:00 | station.hours.invalid.twice | 周五
			08:00-12:00, 14:00-18:00         | station.hours.invalid.twice | 14:00-18:00
			早上八点到晚上六点                         | import.problem.opening-hours | 早上八点到晚上六点
			周一 08:00-18:00 下午休息               | import.problem.opening-hours | 周一 08:00-18:00 下午休息
			8 09:00-18:00                    | import.problem.opening-hours | 8 09:00-18:00
			""")
	void what_is_not_opening_hours_says_why_and_where(String text, String key, String part) {
		assertThatThrownBy(() -> OpeningHours.parse(text)).isInstanceOfSatisfying(OpeningHours.Invalid.class, e -> {
			assertThat(e.messageKey()).isEqualTo(key);
			assertThat(e.part()).isEqualTo(part);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			周二、周四          | TUESDAY THURSDAY
			Tue, Thu          | TUESDAY THURSDAY
			周一至周五          | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY
			工作日、周六        | MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY
			'周六, 周日,'       | SATURDAY SUNDAY
			""")
	void a_day_list_alone_as_people_write_it(String text, String days) {
		assertThat(OpeningHours.parseDays(text).stream().map(Enum::name).toList()).containsExactly(days.split(" "));
	}

	@org.junit.jupiter.api.Test
	void an_empty_day_list_is_no_day_and_a_wrong_day_is_named() {
		assertThat(OpeningHours.parseDays(" ")).isEmpty();
		assertThatThrownBy(() -> OpeningHours.parseDays("周二、周八")).isInstanceOfSatisfying(OpeningHours.Invalid.class,
				e -> assertThat(e.part()).isEqualTo("周八"));
	}

}
