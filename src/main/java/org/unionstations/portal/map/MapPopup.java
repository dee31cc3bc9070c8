package org.unionstations.portal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A popup's content: the component renders every string as text, so it may hold user
 * input as is.
 */
public record MapPopup(String title, @Nullable String subtitle, List<Row> rows, List<Action> actions) {

	public record Row(String label, String value) {
	}

	/**
	 * A button in the popup; clicking it fires a {@link PopupActionEvent} with this id.
	 */
	public record Action(String id, String label) {
	}

	public MapPopup {
		rows = List.copyOf(rows);
		actions = List.copyOf(actions);
	}

	String toJson() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("title", title);
		m.put("subtitle", subtitle);
		m.put("rows", rows.stream().map(r -> Map.of("label", r.label(), "value", r.value())).toList());
		m.put("actions", actions.stream().map(a -> Map.of("id", a.id(), "label", a.label())).toList());
		return Json.write(m);
	}

}
