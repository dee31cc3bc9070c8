package org.unionstations.portal.district.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.district.DistrictImportPreview;
import org.unionstations.portal.district.DistrictImportResult;
import org.unionstations.portal.district.DistrictRef;
import org.unionstations.portal.district.PlaceOutside;
import org.unionstations.portal.district.RemovalBlocked;

/**
 * What an import would do or did, in words: problems of the file, overlaps and gaps with
 * their areas, districts removed or that cannot be, stations and demand points that
 * change district or fall outside every district (listed by name).
 */
final class DistrictImportReport extends Div {

	DistrictImportReport() {
		setId("district-import-report");
		addClassName("district-import-report");
	}

	void show(@Nullable DistrictImportPreview preview) {
		removeAll();
		if (preview == null) {
			return;
		}
		Locale locale = getLocale();
		section("district-file-problems", "district.import.section.file",
				preview.fileProblems().stream().map(this::describe).toList());
		section("district-overlaps", "district.import.section.overlaps",
				preview.overlaps()
					.stream()
					.map(o -> getTranslation("district.import.overlap", o.codeA(), o.nameA(), o.codeB(), o.nameB(),
							DistrictImportView.km2(o.areaKm2(), locale)))
					.toList());
		section("district-gaps", "district.import.section.gaps", preview.gaps()
			.stream()
			.map(g -> getTranslation("district.import.gap-at", g.number(), DistrictImportView.km2(g.areaKm2(), locale),
					String.format(Locale.ROOT, "%.5f", g.longitude()),
					String.format(Locale.ROOT, "%.5f", g.latitude())))
			.toList());
		section("district-removed", "district.import.section.removed",
				preview.removed().stream().map(d -> d.code() + " " + d.name(locale)).toList());
		section("district-blocked", "district.import.section.blocked",
				preview.removalsBlocked().stream().map(this::blocked).toList());
		Paragraph moving = new Paragraph(
				getTranslation("district.import.moving", preview.stationsMoving(), preview.demandPointsMoving()));
		moving.setId("district-moving");
		add(moving);
		places("district-stations-outside", "district.import.section.stations-outside", preview.stationsOutside());
		places("district-points-outside", "district.import.section.points-outside", preview.demandPointsOutside());
	}

	void showResult(DistrictImportResult result) {
		removeAll();
		Paragraph done = new Paragraph(getTranslation("district.import.done", result.added(), result.updated(),
				result.deletedCodes().size(), result.stationsReassigned(), result.demandPointsReassigned()));
		done.setId("district-import-done");
		add(done);
		places("district-stations-outside", "district.import.section.stations-outside", result.stationsOutside());
		places("district-points-outside", "district.import.section.points-outside", result.demandPointsOutside());
	}

	private String blocked(RemovalBlocked b) {
		String references = b.references()
			.stream()
			.map(r -> getTranslation("district.import.reference", referenceName(r.table()), r.rows()))
			.collect(Collectors.joining(getTranslation("district.import.list-separator")));
		return getTranslation("district.import.blocked", b.code(),
				"zh".equals(getLocale().getLanguage()) ? b.nameZh() : b.nameEn(), references);
	}

	/** A referring table by its label, or as it is named when the portal has none. */
	private String referenceName(String table) {
		String key = "district.import.reference." + table;
		String label = getTranslation(key);
		return label.equals(key) || label.startsWith("!") ? table : label;
	}

	private void places(String id, String titleKey, List<PlaceOutside> places) {
		section(id, titleKey,
				places.stream()
					.map(p -> getTranslation("district.import.place", p.name(),
							String.format(Locale.ROOT, "%.6f", p.longitude()),
							String.format(Locale.ROOT, "%.6f", p.latitude())))
					.toList());
	}

	private void section(String id, String titleKey, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		H3 title = new H3(getTranslation(titleKey, lines.size()));
		UnorderedList list = new UnorderedList();
		list.setId(id);
		lines.forEach(line -> list.add(new ListItem(line)));
		add(title, list);
	}

	private String describe(FieldProblem problem) {
		return getTranslation(problem.messageKey(), problem.args().toArray());
	}

}
