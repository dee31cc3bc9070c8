package org.unionstations.portal.programme.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.programme.ProgrammeStation;

/**
 * A new programme record: the station, searched by name or address among those that can
 * take one (the service leaves out the others).
 */
class AddRecordDialog extends Dialog {

	/** Stations that can take a record, matching a text, one page at a time. */
	@FunctionalInterface
	interface Candidates {

		List<ProgrammeStation> find(@Nullable String text, int offset, int limit);

	}

	AddRecordDialog(int year, Candidates candidates, Consumer<ProgrammeStation> create) {
		setId("add-record-dialog");
		setHeaderTitle(getTranslation("programme.add.title", year));
		ComboBox<ProgrammeStation> station = new ComboBox<>(getTranslation("programme.station"));
		station.setId("add-station");
		station.setWidth("28em");
		station.setItemLabelGenerator(
				s -> s.name() + "（" + (s.districtName(getLocale()) == null ? "" : s.districtName(getLocale())) + "）");
		station.setItems(
				query -> candidates.find(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
		station.setPlaceholder(getTranslation("programme.add.search"));
		Button save = new Button(getTranslation("action.save"), e -> {
			if (station.getValue() == null) {
				station.setInvalid(true);
				station.setErrorMessage(getTranslation("validation.required"));
				return;
			}
			try {
				create.accept(station.getValue());
				close();
			}
			catch (InvalidInputException refused) {
				station.setInvalid(true);
				station.setErrorMessage(refused.problems()
					.stream()
					.map(p -> getTranslation(p.messageKey(), p.args().toArray()))
					.reduce((a, b) -> a + "；" + b)
					.orElse(""));
			}
		});
		save.setId("add-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph(getTranslation("programme.add.help")), station);
		getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
	}

}
