package org.unionstations.portal.operator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.unionstations.portal.base.AuditedEntity;

/**
 * One station's report for one month (unique per station and month); corrections bump the
 * version.
 */
@Entity
@Table(name = "service_report")
class ServiceReport extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_report_seq")
	@SequenceGenerator(name = "service_report_seq", sequenceName = "service_report_seq", allocationSize = 50)
	private Long id;

	@Column(name = "station_id", nullable = false, updatable = false)
	private long stationId;

	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "service_report_line", joinColumns = @JoinColumn(name = "report_id"))
	private Set<Line> lines = new HashSet<>();

	protected ServiceReport() {
	}

	ServiceReport(long stationId, YearMonth month) {
		this.stationId = stationId;
		this.month = month.atDay(1);
	}

	Long getId() {
		return id;
	}

	long getStationId() {
		return stationId;
	}

	YearMonth getMonth() {
		return YearMonth.from(month);
	}

	Map<ReportCategory, ReportCounts> getCounts() {
		Map<ReportCategory, ReportCounts> counts = new EnumMap<>(ReportCategory.class);
		lines.forEach(l -> counts.put(l.category, new ReportCounts(l.peopleServed, l.activities)));
		return counts;
	}

	/** Keeps a line only for categories with something to report. */
	void setCounts(Map<ReportCategory, ReportCounts> counts) {
		lines.clear();
		counts.forEach((category, c) -> {
			if (c.peopleServed() > 0 || c.activities() > 0) {
				lines.add(new Line(category, c.peopleServed(), c.activities()));
			}
		});
	}

	MonthlyReport toReport() {
		return new MonthlyReport(stationId, getMonth(), getVersion(), getCounts());
	}

	@Embeddable
	static class Line {

		@Enumerated(EnumType.STRING)
		@Column(nullable = false, length = 24)
		private ReportCategory category;

		@Column(name = "people_served", nullable = false)
		private int peopleServed;

		@Column(nullable = false)
		private int activities;

		protected Line() {
		}

		Line(ReportCategory category, int peopleServed, int activities) {
			this.category = category;
			this.peopleServed = peopleServed;
			this.activities = activities;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Line other && other.category == category && other.peopleServed == peopleServed
					&& other.activities == activities;
		}

		@Override
		public int hashCode() {
			return Objects.hash(category, peopleServed, activities);
		}

	}

}
