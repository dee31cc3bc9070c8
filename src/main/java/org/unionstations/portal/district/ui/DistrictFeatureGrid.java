package org.unionstations.portal.district.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.district.DistrictImportPreview;
import org.unionstations.portal.district.DistrictImportRow;

/** The features of an imported file, one row each, with every problem. */
final class DistrictFeatureGrid extends Grid<DistrictImportRow> {

	DistrictFeatureGrid() {
		setId("district-import-grid");
		addThemeVariants(GridVariant.LUMO_COMPACT);
		setAllRowsVisible(true);
		addColumn(DistrictImportRow::feature).setHeader(getTranslation("district.import.column.feature"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("feature");
		addColumn(r -> text(r.code())).setHeader(getTranslation("district.import.column.code"))
			.setAutoWidth(true)
			.setKey("code");
		addColumn(r -> text(r.nameZh())).setHeader(getTranslation("district.import.column.name-zh"))
			.setAutoWidth(true)
			.setKey("nameZh");
		addColumn(r -> text(r.nameEn())).setHeader(getTranslation("district.import.column.name-en"))
			.setAutoWidth(true)
			.setKey("nameEn");
		addColumn(r -> getTranslation(r.existing() ? "district.import.change.update" : "district.import.change.add"))
			.setHeader(getTranslation("district.import.column.change"))
			.setAutoWidth(true)
			.setKey("change");
		addColumn(r -> DistrictImportView.km2(r.areaKm2(), getLocale()))
			.setHeader(getTranslation("district.import.column.area"))
			.setAutoWidth(true)
			.setKey("area");
		addColumn(this::validity).setHeader(getTranslation("district.import.column.valid"))
			.setAutoWidth(true)
			.setKey("valid");
		addColumn(r -> r.problems().stream().map(this::describe).collect(Collectors.joining("\n")))
			.setHeader(getTranslation("district.import.column.problems"))
			.setFlexGrow(4)
			.setPartNameGenerator(r -> "import-problems")
			.setKey("problems");
		setPartNameGenerator(r -> r.hasProblems() ? "import-error" : null);
	}

	void show(@Nullable DistrictImportPreview preview) {
		setItems(preview == null ? List.of() : preview.rows());
		setVisible(preview != null && !preview.rows().isEmpty());
	}

	private String validity(DistrictImportRow row) {
		if (row.valid()) {
			return getTranslation("district.import.valid");
		}
		String reason = Objects.requireNonNullElse(row.invalidReason(), "");
		return getTranslation(row.repaired() ? "district.import.repaired" : "district.import.invalid-geometry", reason);
	}

	/** A problem as the user reads it: the field, then what is wrong. */
	String describe(FieldProblem problem) {
		String message = getTranslation(problem.messageKey(), problem.args().toArray());
		return getTranslation("import.problem.format", getTranslation("district.import.field." + problem.field()),
				message);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
