package org.unionstations.portal.coverage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a demand point file, in the order exports write them and templates show
 * them. Imports find them by header, in Chinese or English ({@code demand.column.*} in
 * the bundles), in any order; all are required.
 */
public enum DemandColumn implements TableColumn {

	NAME("name"), CATEGORY("category", "类型", "type"), WORKERS("workers", "职工数", "人数", "worker count"),
	LONGITUDE("longitude"), LATITUDE("latitude");

	private final String field;

	private final List<String> aliases;

	DemandColumn(String field, String... aliases) {
		this.field = field;
		this.aliases = List.of(aliases);
	}

	@Override
	public String field() {
		return field;
	}

	@Override
	public boolean required() {
		return true;
	}

	@Override
	public String labelKey() {
		return "demand.column." + name();
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

	public static Optional<DemandColumn> byField(String field) {
		return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
	}

}
