package org.unionstations.portal.coverage;

import java.util.List;

import org.unionstations.portal.base.table.TableColumn;

/**
 * The columns of a demand point file, in the order exports write them and templates show
 * them. Imports find them by header, in Chinese or English ({@code demand.column.*} in
 * the bundles), in any order; all are required. Fields: {@code name}, {@code category},
 * {@code workers}, {@code longitude}, {@code latitude}.
 */
public enum DemandColumn implements TableColumn {

	NAME, CATEGORY("类型", "type"), WORKERS("职工数", "人数", "worker count"), LONGITUDE, LATITUDE;

	private final List<String> aliases;

	DemandColumn(String... aliases) {
		this.aliases = List.of(aliases);
	}

	@Override
	public String labelKey() {
		return "demand.column." + name();
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

}
