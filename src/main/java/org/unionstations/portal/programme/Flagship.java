package org.unionstations.portal.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.AuditedEntity;

/** A station's flagship record for one year, with every step of its workflow. */
@Entity
@Table(name = "flagship")
class Flagship extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flagship_seq")
	@SequenceGenerator(name = "flagship_seq", sequenceName = "flagship_seq", allocationSize = 50)
	private Long id;

	@Column(name = "station_id", nullable = false, updatable = false)
	private long stationId;

	@Column(name = "programme_year", nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private FlagshipStatus status = FlagshipStatus.NOMINATED;

	@Column(length = ProgrammeLimits.NOTE_MAX)
	private @Nullable String note;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "flagship_step", joinColumns = @JoinColumn(name = "flagship_id"))
	@OrderColumn(name = "position")
	private List<FlagshipStep> steps = new ArrayList<>();

	protected Flagship() {
	}

	Flagship(long stationId, int year, FlagshipStep nomination, @Nullable String note) {
		this.stationId = stationId;
		this.year = year;
		this.note = ProgrammeLimits.blankToNull(note);
		this.steps.add(nomination);
		this.status = nomination.status();
	}

	Long getId() {
		return id;
	}

	long getStationId() {
		return stationId;
	}

	int getYear() {
		return year;
	}

	FlagshipStatus getStatus() {
		return status;
	}

	List<FlagshipStep> getSteps() {
		return List.copyOf(steps);
	}

	void setNote(@Nullable String note) {
		this.note = ProgrammeLimits.blankToNull(note);
	}

	/** The service checked that the step may follow the current status. */
	void advance(FlagshipStep step) {
		if (!status.next().contains(step.status())) {
			throw new IllegalStateException(status + " cannot be followed by " + step.status());
		}
		steps.add(step);
		status = step.status();
	}

	Map<String, String> snapshot() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("status", status.name());
		fields.put("note", note);
		FlagshipStep last = steps.getLast();
		fields.put("stepDate", last.date().toString());
		fields.put("reason", last.reason());
		fields.put("score", last.score() == null ? null : last.score().toPlainString());
		return fields;
	}

}
