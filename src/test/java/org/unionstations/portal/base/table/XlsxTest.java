package org.unionstations.portal.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class XlsxTest {

	@Test
	void a_written_sheet_reads_back_with_numbers_in_plain_notation() {
		byte[] xlsx = Xlsx.write("站点", List.of("名称", "经度", "电话"), List
			.of(List.of("温泉路驿站", new BigDecimal("114.322000"), "13707150397"), List.of("=1+1", 113.9, 13707150397L)),
				"0.000000");
		List<TableRow> rows = Xlsx.read(xlsx);
		assertThat(rows).extracting(TableRow::cells)
			.containsExactly(List.of("名称", "经度", "电话"), List.of("温泉路驿站", "114.322", "13707150397"),
					List.of("=1+1", "113.9", "13707150397"));
	}

	@Test
	void anything_else_is_unreadable() {
		assertThatThrownBy(() -> Xlsx.read("name,type\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(TableFormatException.class);
	}

}
