package org.unionstations.portal.kpi;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.unionstations.portal.district.DistrictsChanged;
import org.unionstations.portal.operator.ServiceReportSaved;
import org.unionstations.portal.programme.ProgrammeChanged;
import org.unionstations.portal.station.StationsChanged;

/**
 * What a committed change means for the boards: why ({@link KpiUpdate#cause()}) and the
 * sources whose figures moved; no source named means every figure may have moved (a
 * station saved, districts imported, a target edited). The same value travels between
 * instances as the payload of a PostgreSQL notification ({@link #toPayload(String)}), so
 * a board on another instance forgets exactly what a board here forgets.
 */
record LiveChange(String cause, Set<KpiSource> sources) {

	private static final JsonMapper json = JsonMapper.shared();

	LiveChange {
		sources = sources.isEmpty() ? Set.of() : Set.copyOf(sources);
	}

	static LiveChange of(ServiceReportSaved event) {
		return new LiveChange("report", EnumSet.of(KpiSource.PEOPLE_SERVED));
	}

	static LiveChange of(ProgrammeChanged event) {
		return new LiveChange("programme", EnumSet.of(switch (event.programme()) {
			case SMART_UPGRADE -> KpiSource.SMART_UPGRADES_ACCEPTED;
			case LEGAL_SERVICE -> KpiSource.LEGAL_SERVICE_POSTS;
			case FLAGSHIP -> KpiSource.FLAGSHIPS_AWARDED;
		}));
	}

	static LiveChange of(KpiProgressChanged event) {
		return new LiveChange("progress", EnumSet.of(KpiSource.REPORTED));
	}

	/** A station's status, type or district may move any figure. */
	static LiveChange of(StationsChanged event) {
		return everything("station");
	}

	/** An import moved stations between districts: the district figures changed. */
	static LiveChange of(DistrictsChanged event) {
		return everything("districts");
	}

	static LiveChange of(KpiTargetChanged event) {
		return everything("target");
	}

	static LiveChange everything(String cause) {
		return new LiveChange(cause, Set.of());
	}

	boolean everything() {
		return sources.isEmpty();
	}

	/**
	 * The notification's payload: {@code {"instance":…,"cause":…,"sources":[…]}}, well
	 * under PostgreSQL's 8000-byte limit (at most the nine source names).
	 */
	String toPayload(String instance) {
		List<String> names = sources.stream().map(Enum::name).sorted().toList();
		return json.writeValueAsString(new Payload(instance, cause, names));
	}

	/**
	 * A payload read back; empty when it is not one of ours. A source this version does
	 * not know (a newer instance during a rolling upgrade) makes it a change of
	 * everything: forgetting too much costs a recomputation, too little a wrong board.
	 */
	static Optional<Sent> fromPayload(String payload) {
		Payload read;
		try {
			read = json.readValue(payload, Payload.class);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		if (read.instance() == null || read.cause() == null) {
			return Optional.empty();
		}
		List<KpiSource> sources = new ArrayList<>();
		for (String name : read.sources() == null ? List.<String>of() : read.sources()) {
			try {
				sources.add(KpiSource.valueOf(name));
			}
			catch (IllegalArgumentException unknown) {
				return Optional.of(new Sent(read.instance(), everything(read.cause())));
			}
		}
		return Optional.of(new Sent(read.instance(), new LiveChange(read.cause(), Set.copyOf(sources))));
	}

	/** A change as another instance sent it. */
	record Sent(String instance, LiveChange change) {

	}

	record Payload(String instance, String cause, List<String> sources) {

	}

}
