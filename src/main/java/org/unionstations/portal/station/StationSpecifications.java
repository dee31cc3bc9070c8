package org.unionstations.portal.station;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link StationFilter} (and an operator's scope) into a JPA criteria query. */
final class StationSpecifications {

	private StationSpecifications() {
	}

	/**
	 * @param onlyIds when not null, the caller may see these stations only (an operator's
	 * own)
	 */
	static Specification<Station> matching(StationFilter filter, @Nullable Collection<Long> onlyIds) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (!filter.types().isEmpty()) {
				where.add(root.get("type").in(filter.types()));
			}
			if (filter.districtId() != null) {
				where.add(cb.equal(root.get("district").get("id"), filter.districtId()));
			}
			if (!filter.statuses().isEmpty()) {
				where.add(root.get("status").in(filter.statuses()));
			}
			if (filter.text() != null) {
				String pattern = "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("address")), pattern, '\\')));
			}
			for (Amenity service : filter.services()) {
				where.add(cb.isTrue(cb.function("array_contains", Boolean.class, root.get("services"),
						cb.literal(service.name()))));
			}
			if (onlyIds != null) {
				where.add(onlyIds.isEmpty() ? cb.disjunction() : root.get("id").in(onlyIds));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
