package org.unionstations.portal.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.FieldProblem;
import org.unionstations.portal.base.InvalidInputException;

/**
 * Inline editing of one grid row at a time with Grid's own {@link Editor} and a buffered
 * {@link Binder}, at the speed of a spreadsheet: double-click or Enter opens the focused
 * row, Tab moves between its cells, Enter saves, Escape cancels.
 * <p>
 * Nothing is written onto the grid's items: a save binds the edited values into a copy of
 * the row, hands it to the service, and shows the row the service returns. A refusal
 * shows each problem at its cell and keeps the row open; a save that lost a race opens a
 * {@link ConflictDialog} naming who saved first. The grid's items must be equal by their
 * record's id, so that the returned row replaces the old one.
 *
 * @param <B> the grid's item: a mutable bean of one row
 */
public final class RowEditor<B> {

	/** Saves a row's edited copy; returns the row as stored. */
	@FunctionalInterface
	public interface Save<B> {

		B save(B edited);

	}

	private final Grid<B> grid;

	private final Binder<B> binder;

	private final UnaryOperator<B> copy;

	private final Save<B> save;

	private final Map<String, HasValidation> cells = new LinkedHashMap<>();

	private @Nullable B focused;

	private Runnable onSaved = () -> {
	};

	/**
	 * @param copy a copy of a row, for the edited values to be written into
	 * @param editable whether this user may edit (the service checks again)
	 */
	public RowEditor(Grid<B> grid, Binder<B> binder, UnaryOperator<B> copy, Save<B> save, boolean editable) {
		this.grid = grid;
		this.binder = binder;
		this.copy = copy;
		this.save = save;
		Editor<B> editor = grid.getEditor();
		editor.setBinder(binder);
		editor.setBuffered(true);
		grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> focused = item));
		if (editable) {
			grid.addItemDoubleClickListener(e -> open(e.getItem()));
			// blur and refocus first, so the field being typed in sends its value before
			// the
			// save reads it
			Shortcuts.addShortcutListener(grid, this::enter, Key.ENTER).listenOn(grid).resetFocusOnActiveElement();
			Shortcuts.addShortcutListener(grid, this::cancel, Key.ESCAPE).listenOn(grid);
		}
	}

	/**
	 * The component editing one field of the row in its column; a problem the service
	 * reports for {@code field} is shown at it.
	 */
	public <C extends Component & HasValidation> C cell(Grid.Column<B> column, String field, C component) {
		// every keystroke reaches the server, so the Enter that saves never races the
		// value it saves
		if (component instanceof HasValueChangeMode typed) {
			typed.setValueChangeMode(ValueChangeMode.EAGER);
		}
		component.getElement().getStyle().set("width", "100%");
		column.setEditorComponent(component);
		cells.put(field, component);
		return component;
	}

	/** Runs after every accepted save (to refresh totals, history). */
	public void onSaved(Runnable onSaved) {
		this.onSaved = onSaved;
	}

	public boolean isOpen() {
		return grid.getEditor().isOpen();
	}

	public Optional<B> editedItem() {
		return Optional.ofNullable(grid.getEditor().getItem());
	}

	public void open(B item) {
		if (grid.getEditor().isOpen()) {
			if (item.equals(grid.getEditor().getItem())) {
				return;
			}
			cancel();
		}
		clearProblems();
		grid.getEditor().editItem(item);
		cells.values()
			.stream()
			.filter(c -> c instanceof com.vaadin.flow.component.Focusable<?>)
			.findFirst()
			.ifPresent(c -> ((com.vaadin.flow.component.Focusable<?>) c).focus());
	}

	public void cancel() {
		clearProblems();
		grid.getEditor().cancel();
	}

	/** Saves the open row; true when the service accepted it. */
	public boolean save() {
		Editor<B> editor = grid.getEditor();
		B item = editor.getItem();
		if (item == null) {
			return false;
		}
		clearProblems();
		B edited = copy.apply(item);
		if (!binder.writeBeanIfValid(edited)) {
			return false;
		}
		try {
			B saved = save.save(edited);
			editor.cancel();
			grid.getDataProvider().refreshItem(saved);
			onSaved.run();
			Notification.show(grid.getTranslation("row-editor.saved"), 2500, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			return true;
		}
		catch (InvalidInputException e) {
			showProblems(e);
			return false;
		}
		catch (ConcurrentEditException e) {
			new ConflictDialog(e, () -> {
				editor.cancel();
				grid.getDataProvider().refreshAll();
			}).open();
			return false;
		}
	}

	private void enter() {
		if (grid.getEditor().isOpen()) {
			save();
		}
		else if (focused != null) {
			open(focused);
		}
	}

	private void showProblems(InvalidInputException e) {
		StringBuilder elsewhere = new StringBuilder();
		for (FieldProblem p : e.problems()) {
			String message = grid.getTranslation(p.messageKey(), p.args().toArray());
			HasValidation cell = cells.get(p.field());
			if (cell != null) {
				cell.setErrorMessage(message);
				cell.setInvalid(true);
			}
			else {
				elsewhere.append(message).append('\n');
			}
		}
		if (!elsewhere.isEmpty()) {
			Notification.show(elsewhere.toString().strip(), 6000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void clearProblems() {
		cells.values().forEach(c -> c.setInvalid(false));
	}

}
