package org.unionstations.portal.station;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a station table file, in the order exports write them and templates show
 * them. Imports find them by header, in Chinese or English ({@code station.column.*} in
 * the bundles), in any order. {@link #field()} is the {@link StationDraft} property a
 * value goes to, so problems name the same fields as the station form does.
 */
public enum StationColumn implements TableColumn {

	NAME("name", true), TYPE("type", true), ADDRESS("address", false), LONGITUDE("longitude", true),
	LATITUDE("latitude", true), STATUS("status", false),
	HOST_ORGANISATION("hostOrganisation", false, "host organization"), CONTACT_PERSON("contactPerson", false),
	CONTACT_PHONE("contactPhone", false), OPENING_HOURS("openingHours", false), SERVICES("services", false);

	private final String field;

	private final boolean required;

	private final List<String> aliases;

	StationColumn(String field, boolean required, String... aliases) {
		this.field = field;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public String field() {
		return field;
	}

	@Override
	public boolean required() {
		return required;
	}

	@Override
	public String labelKey() {
		return "station.column." + name();
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

}
