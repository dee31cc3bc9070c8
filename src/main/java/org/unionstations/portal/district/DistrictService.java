package org.unionstations.portal.district;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The city's districts, for every signed-in user. */
@Service
@Transactional(readOnly = true)
public class DistrictService {

	private final DistrictRepository districts;

	DistrictService(DistrictRepository districts) {
		this.districts = districts;
	}

	@PreAuthorize("isAuthenticated()")
	public List<DistrictRef> list() {
		return districts.findAllByOrderByCode().stream().map(DistrictRef::of).toList();
	}

}
