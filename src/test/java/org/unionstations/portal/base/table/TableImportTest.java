package org.unionstations.portal.base.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.TextRules;

class TableImportTest {

	enum Column implements TableColumn {

		NAME, WORKERS;

		@Override
		public String labelKey() {
			return name();
		}

	}

	private static Optional<Column> byHeader(String header) {
		return Optional.ofNullable(switch (header) {
			case "name", "h0" -> Column.NAME;
			case "workers", "h1" -> Column.WORKERS;
			default -> null;
		});
	}

	@Test
	void a_nul_in_a_cell_is_a_problem_of_that_cell_and_the_cell_reads_as_empty() {
		List<FieldProblem> problems = new ArrayList<>();
		List<TableImport.Row<Column>> rows = TableImport.read("a.csv",
				"name,workers\n温泉路\u0000站,12\n城南站,3\n".getBytes(StandardCharsets.UTF_8), Column.class,
				TableImportTest::byHeader, problems);
		assertThat(problems).isEmpty();
		assertThat(rows.get(0).cellProblems())
			.containsExactly(FieldProblem.of("name", TextRules.CONTROL_CHARACTER, "U+0000"));
		assertThat(rows.get(0).value(Column.NAME)).isEmpty();
		assertThat(rows.get(1).cellProblems()).isEmpty();
		// "required" would be wrong for a cell that has text we cannot take
		assertThat(TableImport.withCellProblems(rows.get(0).cellProblems(),
				List.of(FieldProblem.of("name", TableImport.REQUIRED), FieldProblem.of("workers", "x"))))
			.containsExactly(FieldProblem.of("name", TextRules.CONTROL_CHARACTER, "U+0000"),
					FieldProblem.of("workers", "x"));
	}

	@Test
	void an_xlsx_past_the_row_limit_is_refused_without_reading_it_all() {
		List<FieldProblem> problems = new ArrayList<>();
		byte[] xlsx = HostileWorkbooks.manySmallCells(TableImport.MAX_ROWS + 1, 2, false);
		assertThat(TableImport.read("big.xlsx", xlsx, Column.class, TableImportTest::byHeader, problems)).isEmpty();
		assertThat(problems).containsExactly(
				FieldProblem.of(TableImport.FILE, "import.file.too-many-rows", String.valueOf(TableImport.MAX_ROWS)));

		// declared: refused before a row is read
		problems.clear();
		byte[] declared = HostileWorkbooks.manySmallCells(TableImport.MAX_ROWS + 1, 2, true);
		assertThat(TableImport.read("big.xlsx", declared, Column.class, TableImportTest::byHeader, problems)).isEmpty();
		assertThat(problems).containsExactly(
				FieldProblem.of(TableImport.FILE, "import.file.too-many-rows", String.valueOf(TableImport.MAX_ROWS)));

		// exactly the limit is fine
		problems.clear();
		byte[] full = HostileWorkbooks.manySmallCells(TableImport.MAX_ROWS, 2, true);
		assertThat(TableImport.read("full.xlsx", full, Column.class, TableImportTest::byHeader, problems))
			.hasSize(TableImport.MAX_ROWS);
		assertThat(problems).isEmpty();
	}

	@Test
	void a_utf16_file_is_named_as_such_instead_of_missing_columns() {
		List<FieldProblem> problems = new ArrayList<>();
		TableImport.read("a.csv", "name,workers\r\nA,1\r\n".getBytes(StandardCharsets.UTF_16LE), Column.class,
				TableImportTest::byHeader, problems);
		assertThat(problems).containsExactly(FieldProblem.of(TableImport.FILE, "import.file.utf16"));
	}

	@Test
	void when_too_many_files_are_being_read_the_user_is_told_to_try_again() throws InterruptedException {
		TableImport.READING.acquire(TableImport.MAX_READING);
		try {
			List<FieldProblem> problems = new ArrayList<>();
			long start = System.nanoTime();
			TableImport.read("a.csv", "name,workers\nA,1\n".getBytes(StandardCharsets.UTF_8), Column.class,
					TableImportTest::byHeader, problems);
			assertThat(problems).containsExactly(FieldProblem.of(TableImport.FILE, TableImport.BUSY));
			assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TableImport.READING_WAIT.toNanos() - 1);
		}
		finally {
			TableImport.READING.release(TableImport.MAX_READING);
		}
		List<FieldProblem> problems = new ArrayList<>();
		assertThat(TableImport.read("a.csv", "name,workers\nA,1\n".getBytes(StandardCharsets.UTF_8), Column.class,
				TableImportTest::byHeader, problems))
			.hasSize(1);
		assertThat(problems).isEmpty();
	}

}
