package org.unionstations.portal.district;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionstations.portal.base.CityName;

/** The city's name as its admins saved it with the districts. */
@Component
class DistrictCityName implements CityName {

	private final DistrictSpatialRepository spatial;

	DistrictCityName(DistrictSpatialRepository spatial) {
		this.spatial = spatial;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> in(Locale locale) {
		City city = spatial.findCity();
		return city.named() ? Optional.of(city.name(locale)) : Optional.empty();
	}

}
