package org.unionstations.portal.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.district.District;

/** Where workers are: the demand points planners analyse coverage against. */
@Service
@Transactional(readOnly = true)
public class DemandPointService {

	private final DemandPointRepository points;

	DemandPointService(DemandPointRepository points) {
		this.points = points;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<DemandPointRow> list(DemandFilter filter, Pageable pageable) {
		return points.findAll(matching(filter), pageable).map(DemandPointService::toRow).getContent();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public long count(DemandFilter filter) {
		return points.count(matching(filter));
	}

	/** Every demand point matching the filter, for a map layer. */
	@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEADER')")
	public List<DemandPointRow> all(DemandFilter filter) {
		return points.findAll(matching(filter), Pageable.unpaged(Sort.by("id")))
			.map(DemandPointService::toRow)
			.getContent();
	}

	static Specification<DemandPoint> matching(DemandFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!filter.categories().isEmpty()) {
				where.add(root.get("category").in(filter.categories()));
			}
			if (filter.districtId() != null) {
				where.add(cb.equal(root.get("district").get("id"), filter.districtId()));
			}
			if (filter.text() != null) {
				String pattern = "%" + filter.text()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.like(cb.lower(root.get("name")), pattern, '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static DemandPointRow toRow(DemandPoint p) {
		District d = p.getDistrict();
		return new DemandPointRow(p.getId(), p.getCategory(), p.getName(), p.getWorkers(), p.getLocation().getX(),
				p.getLocation().getY(), d == null ? null : d.getNameZh(), d == null ? null : d.getNameEn());
	}

}
