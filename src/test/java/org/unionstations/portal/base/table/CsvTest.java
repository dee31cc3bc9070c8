package org.unionstations.portal.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void quoted_fields_hold_commas_line_breaks_and_doubled_quotes() {
		String text = "名称,地址,备注\r\n\"驿站, 一号\",\"第一行\n第二行\",\"他说\"\"好\"\"\"\r\nplain,,end\n";
		List<TableRow> rows = Csv.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(rows).extracting(TableRow::cells)
			.containsExactly(List.of("名称", "地址", "备注"), List.of("驿站, 一号", "第一行\n第二行", "他说\"好\""),
					List.of("plain", "", "end"));
		assertThat(rows).extracting(TableRow::number).containsExactly(1, 2, 3);
	}

	@Test
	void a_byte_order_mark_is_skipped_and_blank_lines_keep_their_numbers() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "name,type\n\nA,B".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, 3);
		System.arraycopy(body, 0, content, 3, body.length);
		List<TableRow> rows = Csv.read(content);
		assertThat(rows.get(0).cells()).containsExactly("name", "type");
		assertThat(rows.get(1).isBlank()).isTrue();
		assertThat(rows.get(2).number()).isEqualTo(3);
		assertThat(rows.get(2).cells()).containsExactly("A", "B");
		assertThat(rows.get(2).cell(5)).isEmpty();
	}

	@Test
	void excel_s_chinese_csv_in_gb18030_is_read_too() {
		byte[] content = "名称,类型\n温泉路驿站,工会驿站\n".getBytes(Charset.forName("GB18030"));
		assertThat(Csv.read(content).get(1).cells()).containsExactly("温泉路驿站", "工会驿站");
	}

	@Test
	void utf16_text_an_image_or_a_workbook_named_csv_are_named_for_what_they_are() {
		String text = "名称,类型\r\n温泉路驿站,工会驿站\r\n";
		assertThatThrownBy(() -> Csv.read(text.getBytes(StandardCharsets.UTF_16LE))).isInstanceOfSatisfying(
				TableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.utf16"));
		// with a byte order mark, as Excel's "Unicode text" and Notepad save it
		assertThatThrownBy(() -> Csv.read(text.getBytes(StandardCharsets.UTF_16))).isInstanceOfSatisfying(
				TableFormatException.class, e -> assertThat(e.messageKey()).isEqualTo("import.file.utf16"));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', 0, 0, 1,
				0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66 };
		assertThatThrownBy(() -> Csv.read(png)).isInstanceOfSatisfying(TableFormatException.class,
				e -> assertThat(e.messageKey()).isEqualTo("import.file.not-text"));
		byte[] xlsx = Xlsx.write("s", List.of("名称"), List.of(), "General");
		assertThatThrownBy(() -> Csv.read(xlsx)).isInstanceOfSatisfying(TableFormatException.class,
				e -> assertThat(e.messageKey()).isEqualTo("import.file.workbook-named-csv"));
	}

	@Test
	void an_unclosed_quote_names_the_row_it_opened_in() {
		byte[] content = "a,b\n1,2\n\"open,3\n4,5\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> Csv.read(content)).isInstanceOfSatisfying(TableFormatException.class,
				e -> assertThat(e.row()).isEqualTo(3));
	}

	@Test
	void written_csv_has_a_bom_crlf_and_reads_back_the_same() {
		List<List<String>> rows = List.of(List.of("名称", "备注"), List.of("a, b", "say \"hi\"\nbye"),
				List.of(" padded ", ""));
		byte[] csv = Csv.write(rows);
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"a, b\",\"say \"\"hi\"\"\nbye\"\r\n");
		assertThat(Csv.read(csv)).extracting(TableRow::cells).containsExactlyElementsOf(rows);
	}

	@Test
	void formulas_are_guarded_and_unguarded() {
		assertThat(FormulaGuard.guard("=1+1")).isEqualTo("'=1+1");
		assertThat(FormulaGuard.guard("+86 715")).isEqualTo("'+86 715");
		assertThat(FormulaGuard.guard("-2")).isEqualTo("'-2");
		assertThat(FormulaGuard.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(FormulaGuard.guard("温泉路")).isEqualTo("温泉路");
		assertThat(FormulaGuard.guard("")).isEmpty();
		assertThat(FormulaGuard.unguard("'=1+1")).isEqualTo("=1+1");
		assertThat(FormulaGuard.unguard("'quoted'")).isEqualTo("'quoted'");
		// full-width forms, which spreadsheets with a Chinese input method take as the
		// same
		assertThat(FormulaGuard.guard("＝HYPERLINK(\"http://x\")")).isEqualTo("'＝HYPERLINK(\"http://x\")");
		assertThat(FormulaGuard.guard("＋86")).isEqualTo("'＋86");
		assertThat(FormulaGuard.guard("－1")).isEqualTo("'－1");
		assertThat(FormulaGuard.guard("＠A1")).isEqualTo("'＠A1");
		assertThat(FormulaGuard.unguard("'＝1")).isEqualTo("＝1");
	}

}
