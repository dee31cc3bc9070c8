package org.unionstations.portal.station;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.NameOrder;
import org.unionstations.portal.district.District;
import org.unionstations.portal.security.StationDirectory;

/**
 * The stations as the user administration picks them for operators (the security feature
 * asks through {@link StationDirectory}, as it may not depend on this feature).
 */
@Component
@Transactional(readOnly = true)
class OperatorStations implements StationDirectory {

	private final StationRepository stations;

	OperatorStations(StationRepository stations) {
		this.stations = stations;
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public List<Entry> all() {
		return stations.findAll((root, query, cb) -> cb.conjunction(), Sort.by("id"))
			.stream()
			.map(OperatorStations::entry)
			.sorted(NameOrder.by(Entry::name))
			.toList();
	}

	@Override
	@PreAuthorize("hasRole('ADMIN')")
	public Set<Long> existing(Collection<Long> ids) {
		return ids.isEmpty() ? Set.of() : Set.copyOf(stations.findAllById(ids).stream().map(Station::getId).toList());
	}

	private static Entry entry(Station s) {
		District d = s.getDistrict();
		return new Entry(s.getId(), s.getName(), d == null ? null : d.getNameZh(), d == null ? null : d.getNameEn(),
				s.getLocation().getX(), s.getLocation().getY());
	}

}
