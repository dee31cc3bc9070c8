package org.unionstations.portal.district;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.geo.LonLat;

/** The city's districts, for every signed-in user. */
@Service
@Transactional(readOnly = true)
public class DistrictService {

	private final DistrictRepository districts;

	private final DistrictSpatialRepository spatial;

	DistrictService(DistrictRepository districts, DistrictSpatialRepository spatial) {
		this.districts = districts;
		this.spatial = spatial;
	}

	/**
	 * Every district, by name in pinyin order (the English names are the pinyin, so the
	 * order holds in both languages).
	 */
	@PreAuthorize("isAuthenticated()")
	public List<DistrictRef> list() {
		return districts.findAllByOrderByNameZhAscCodeAsc().stream().map(DistrictRef::of).toList();
	}

	@PreAuthorize("isAuthenticated()")
	public Optional<DistrictRef> find(long id) {
		return districts.findById(id).map(DistrictRef::of);
	}

	/** The district a WGS84 point lies in; empty when it is outside the city. */
	@PreAuthorize("isAuthenticated()")
	public Optional<DistrictRef> containing(double longitude, double latitude) {
		return spatial.findContaining(longitude, latitude).flatMap(this::find);
	}

	/**
	 * The district of each WGS84 point, by its index in {@code points}; points outside
	 * the city are absent. One query, whatever the number of points (imports).
	 */
	@PreAuthorize("isAuthenticated()")
	public Map<Integer, DistrictRef> containingAll(List<LonLat> points) {
		return spatial.findContainingAll(points.stream().mapToDouble(LonLat::longitude).toArray(),
				points.stream().mapToDouble(LonLat::latitude).toArray());
	}

	@PreAuthorize("isAuthenticated()")
	public Bounds extent() {
		return spatial.findExtent();
	}

	/**
	 * The city the portal serves, named by its admins and coded by its districts. Open to
	 * everyone: the sign-in page names the city.
	 */
	@PreAuthorize("permitAll()")
	public City city() {
		return spatial.findCity();
	}

	@PreAuthorize("isAuthenticated()")
	public List<DistrictShape> shapes() {
		return spatial.findShapes();
	}

}
