package org.unionstations.portal.base;

import java.util.Locale;
import java.util.Optional;

/**
 * The name of the city the portal serves, for pages that name it before or without
 * knowing about districts (the sign-in page). The district feature provides it: the city
 * is the one whose districts the portal holds.
 */
public interface CityName {

	/** The city's name in the language; empty while no city was named. */
	Optional<String> in(Locale locale);

}
