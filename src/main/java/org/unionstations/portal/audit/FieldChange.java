package org.unionstations.portal.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One field's value before and after a change; null means "no value". */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {

	/**
	 * The fields whose values differ between two snapshots (field name → display value),
	 * in the order of the snapshots' keys.
	 */
	public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String old = blankToNull(before.get(field));
			String now = blankToNull(after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
