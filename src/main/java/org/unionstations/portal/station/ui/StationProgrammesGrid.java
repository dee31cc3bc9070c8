package org.unionstations.portal.station.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;

import org.unionstations.portal.station.StationProgrammes.ProgrammeRecord;

/**
 * A station's programme records, read-only, newest year first: programme and year,
 * status, the key dates, the partner, a flagship award's score, who changed the record
 * last and when, and a link to the record in its programme's grid (filtered to the year
 * and the station's name).
 */
class StationProgrammesGrid extends Composite<Grid<ProgrammeRecord>> {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final String stationName;

	StationProgrammesGrid(String stationName, List<ProgrammeRecord> records) {
		this.stationName = stationName;
		Grid<ProgrammeRecord> grid = getContent();
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(ProgrammeRecord::year)
			.setHeader(getTranslation("station.programmes.year"))
			.setKey("year")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(this::link)
			.setHeader(getTranslation("station.programmes.programme"))
			.setKey("programme")
			.setAutoWidth(true);
		grid.addColumn(r -> getTranslation(r.statusKey()))
			.setHeader(getTranslation("station.programmes.status"))
			.setKey("status")
			.setAutoWidth(true);
		grid.addColumn(this::dates)
			.setHeader(getTranslation("station.programmes.dates"))
			.setKey("dates")
			.setFlexGrow(2);
		grid.addColumn(r -> r.partner() == null ? "" : r.partner())
			.setHeader(getTranslation("station.programmes.partner"))
			.setKey("partner")
			.setFlexGrow(1);
		grid.addColumn(r -> r.score() == null ? "" : r.score().toPlainString())
			.setHeader(getTranslation("station.programmes.score"))
			.setKey("score")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(r -> getTranslation("station.programmes.changed", r.updatedBy(), WHEN.format(r.updatedAt())))
			.setHeader(getTranslation("station.programmes.last-change"))
			.setKey("changed")
			.setAutoWidth(true);
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText(getTranslation("station.programmes.empty"));
		grid.setItems(records);
	}

	/** The key dates as "label date · label date". */
	String dates(ProgrammeRecord record) {
		return record.dates()
			.stream()
			.map(d -> getTranslation(d.labelKey()) + " " + d.date())
			.collect(Collectors.joining(" · "));
	}

	/** The programme's name, linking to the record in its grid. */
	Anchor link(ProgrammeRecord record) {
		Anchor anchor = new Anchor(href(record), getTranslation("programme." + record.kind().name()));
		anchor.addClassName("programme-link");
		return anchor;
	}

	String href(ProgrammeRecord record) {
		return record.kind().path() + "?year=" + record.year() + "&text="
				+ URLEncoder.encode(stationName, StandardCharsets.UTF_8).replace("+", "%20");
	}

	List<ProgrammeRecord> records() {
		return getContent().getListDataView().getItems().toList();
	}

}
