package org.unionstations.portal.coverage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.unionstations.portal.audit.ui.HistoryGrid;
import org.unionstations.portal.base.ConcurrentEditException;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.station.CoverageStandardService;
import org.unionstations.portal.station.RadiusSetting;
import org.unionstations.portal.station.StationType;
import org.unionstations.portal.station.ui.StationLabels;

/**
 * The service radius of the chosen station type: planners and admins save it (optimistic
 * locking: a change someone else saved meanwhile is refused, not overwritten), everyone
 * reads its history.
 */
class RadiusControl extends VerticalLayout {

	final IntegerField radius = new IntegerField();

	final Button save = new Button();

	final HistoryGrid radiusHistory = new HistoryGrid(field -> getTranslation("coverage.radius"),
			(field, value) -> value + " " + getTranslation("unit.metres"));

	private final CoverageStandardService standards;

	private final StationLabels labels = new StationLabels(this);

	private final Runnable saved;

	private StationType type = StationType.UNION_POST_STATION;

	/** The version of the radius shown: a save from this form is based on it. */
	private long loadedVersion;

	RadiusControl(CoverageStandardService standards, boolean canEdit, Runnable saved) {
		this.standards = standards;
		this.saved = saved;
		setPadding(false);
		setSpacing(false);
		radius.setLabel(getTranslation("coverage.radius"));
		radius.setSuffixComponent(new Span(getTranslation("unit.metres")));
		radius.setId("coverage-radius");
		radius.setMin(50);
		radius.setMax(50_000);
		radius.setReadOnly(!canEdit);
		save.setText(getTranslation("coverage.radius.save"));
		save.addClickListener(e -> save());
		save.setId("coverage-radius-save");
		save.setVisible(canEdit);
		radiusHistory.setId("coverage-radius-history");
		Details info = new Details(getTranslation("coverage.radius.history"), radiusHistory);
		info.setId("coverage-radius-info");
		add(radius, save, info);
	}

	/** Shows the saved radius of {@code stationType}. */
	void load(StationType stationType) {
		type = stationType;
		RadiusSetting setting = standards.list().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
		radius.setValue(setting.radiusMetres());
		loadedVersion = setting.version();
		radius.setInvalid(false);
		radiusHistory.setRevisions(standards.history(type));
	}

	private void save() {
		try {
			Integer metres = radius.getValue();
			standards.setRadius(type, metres == null ? 0 : metres, loadedVersion);
			CoverageNotice.show(getTranslation("coverage.radius.saved", labels.type(type), metres), true);
			load(type);
			saved.run();
		}
		catch (InvalidInputException e) {
			radius.setErrorMessage(
					getTranslation(e.problems().getFirst().messageKey(), e.problems().getFirst().args().toArray()));
			radius.setInvalid(true);
		}
		catch (ConcurrentEditException e) {
			CoverageNotice.show(getTranslation("coverage.radius.conflict", labels.type(type)), false);
			load(type);
		}
	}

}
