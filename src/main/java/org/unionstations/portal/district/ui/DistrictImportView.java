package org.unionstations.portal.district.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.unionstations.portal.base.InvalidInputException;
import org.unionstations.portal.base.ui.TableUpload;
import org.unionstations.portal.district.City;
import org.unionstations.portal.district.DistrictImportPreview;
import org.unionstations.portal.district.DistrictImportRefusedException;
import org.unionstations.portal.district.DistrictImportResult;
import org.unionstations.portal.district.DistrictImportService;
import org.unionstations.portal.district.DistrictMapping;
import org.unionstations.portal.district.DistrictService;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.map.PortalMap;
import org.unionstations.portal.security.Role;

/**
 * Admins replace the city's district boundaries from a GeoJSON file: upload, say which
 * properties hold code and names, see the new boundaries over the current ones with every
 * problem, overlap, gap and station that would move, consent to repairs, name the city,
 * and import. The service checks it all again and writes everything or nothing.
 */
@Route("admin/districts")
@Menu(order = 92, icon = "vaadin:globe", title = "nav.districts")
@RolesAllowed(Role.Name.ADMIN)
class DistrictImportView extends VerticalLayout implements HasDynamicTitle {

	private final DistrictImportService imports;

	private final DistrictService districts;

	private final Select<String> codeProperty = new Select<>();

	private final Select<String> nameZhProperty = new Select<>();

	private final Select<String> nameEnProperty = new Select<>();

	private final Checkbox repair = new Checkbox();

	private final TextField cityNameZh = new TextField();

	private final TextField cityNameEn = new TextField();

	private final Span summary = new Span();

	private final Button commit = new Button();

	private final DistrictPreviewMap map;

	private final DistrictImportReport report;

	private final DistrictFeatureGrid grid;

	private boolean updating;

	private @Nullable String fileName;

	private byte @Nullable [] content;

	private @Nullable DistrictImportPreview preview;

	DistrictImportView(DistrictImportService imports, DistrictService districts, BaseMap baseMap) {
		this.imports = imports;
		this.districts = districts;
		addClassName("district-import-view");
		setWidthFull();

		Paragraph help = new Paragraph(getTranslation("district.import.help"));
		help.addClassName("import-help");
		TableUpload upload = new TableUpload(this::handleUpload, DistrictImportService.MAX_FILE_BYTES,
				"district.import.upload", ".geojson", ".json");
		upload.setId("district-upload");
		upload.addFileRemovedListener(e -> clear());

		codeProperty.setId("district-code-property");
		codeProperty.setLabel(getTranslation("district.import.property.code"));
		nameZhProperty.setId("district-name-zh-property");
		nameZhProperty.setLabel(getTranslation("district.import.property.name-zh"));
		nameEnProperty.setId("district-name-en-property");
		nameEnProperty.setLabel(getTranslation("district.import.property.name-en"));
		nameEnProperty.setEmptySelectionAllowed(true);
		nameEnProperty.setEmptySelectionCaption(getTranslation("district.import.property.none"));
		List.of(codeProperty, nameZhProperty, nameEnProperty).forEach(s -> s.addValueChangeListener(e -> recheck()));
		repair.setId("district-repair");
		repair.setLabel(getTranslation("district.import.repair"));
		repair.addValueChangeListener(e -> recheck());

		City city = districts.city();
		cityNameZh.setId("district-city-zh");
		cityNameZh.setLabel(getTranslation("district.import.city-zh"));
		cityNameZh.setMaxLength(City.NAME_MAX);
		cityNameZh.setValue(city.nameZh());
		cityNameEn.setId("district-city-en");
		cityNameEn.setLabel(getTranslation("district.import.city-en"));
		cityNameEn.setMaxLength(City.NAME_MAX);
		cityNameEn.setValue(city.nameEn());

		FlexLayout controls = new FlexLayout(upload, codeProperty, nameZhProperty, nameEnProperty, cityNameZh,
				cityNameEn);
		controls.addClassName("district-import-controls");
		controls.setAlignItems(Alignment.END);
		controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		controls.getStyle().set("gap", "var(--lumo-space-m)");

		summary.setId("district-import-summary");
		commit.setId("district-import-commit");
		commit.setText(getTranslation("district.import.commit"));
		commit.setIcon(VaadinIcon.CHECK.create());
		commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		commit.setDisableOnClick(true);
		commit.addClickListener(e -> commit());
		FlexLayout result = new FlexLayout(repair, summary, commit);
		result.setAlignItems(Alignment.CENTER);
		result.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		result.getStyle().set("gap", "var(--lumo-space-m)");

		map = new DistrictPreviewMap(new PortalMap(baseMap), districts, getLocale());
		report = new DistrictImportReport();
		grid = new DistrictFeatureGrid();
		add(help, controls, result, map.component(), report, grid);
		showPreview(null);
	}

	/**
	 * Checks an uploaded file and shows the outcome; the upload calls it with the whole
	 * file in memory, tests may call it directly.
	 */
	void handleUpload(String name, byte[] bytes) {
		this.fileName = name;
		this.content = bytes;
		showPreview(imports.preview(name, bytes, null, repair.getValue()));
	}

	private void recheck() {
		if (updating || fileName == null || content == null || codeProperty.getValue() == null
				|| nameZhProperty.getValue() == null) {
			return;
		}
		showPreview(imports.preview(fileName, content, mapping(), repair.getValue()));
	}

	private DistrictMapping mapping() {
		return new DistrictMapping(Objects.requireNonNull(codeProperty.getValue()),
				Objects.requireNonNull(nameZhProperty.getValue()), nameEnProperty.getValue());
	}

	private void commit() {
		if (preview == null || fileName == null || content == null) {
			return;
		}
		try {
			DistrictImportResult done = imports.commit(fileName, content, mapping(), repair.getValue(),
					cityNameZh.getValue(), cityNameEn.getValue());
			Notification
				.show(getTranslation("district.import.done", done.added(), done.updated(), done.deletedCodes().size(),
						done.stationsReassigned(), done.demandPointsReassigned()), 8000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			showPreview(null);
			report.showResult(done);
			map.showCurrent();
		}
		catch (DistrictImportRefusedException e) {
			showPreview(e.preview());
			TableUpload.showError(getTranslation("district.import.refused"));
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> {
				TextField field = p.field().equals("cityNameEn") ? cityNameEn : cityNameZh;
				field.setInvalid(true);
				field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
			});
			commit.setEnabled(true);
		}
	}

	private void clear() {
		fileName = null;
		content = null;
		showPreview(null);
	}

	private void showPreview(@Nullable DistrictImportPreview next) {
		preview = next;
		updating = true;
		try {
			List<String> properties = next == null ? List.of() : next.properties();
			codeProperty.setItems(properties);
			nameZhProperty.setItems(properties);
			List<String> optional = new ArrayList<>(properties);
			nameEnProperty.setItems(optional);
			if (next != null) {
				codeProperty.setValue(
						properties.contains(next.mapping().codeProperty()) ? next.mapping().codeProperty() : null);
				nameZhProperty.setValue(
						properties.contains(next.mapping().nameZhProperty()) ? next.mapping().nameZhProperty() : null);
				nameEnProperty.setValue(next.mapping().nameEnProperty());
			}
		}
		finally {
			updating = false;
		}
		boolean shown = next != null;
		List.of(codeProperty, nameZhProperty, nameEnProperty).forEach(s -> s.setEnabled(shown));
		summary.setText(next == null ? "" : getTranslation("district.import.summary", next.rows().size(),
				next.rowsWithProblems(), next.overlaps().size(), next.gaps().size()));
		commit.setEnabled(next != null && next.canCommit());
		map.show(next);
		report.show(next);
		grid.show(next);
		if (next != null && cityNameZh.getValue().isBlank() && next.cityCode() != null) {
			cityNameZh.setPlaceholder(next.cityCode());
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("district.import.title");
	}

	static String km2(double km2, Locale locale) {
		return String.format(locale, "%,.2f", km2);
	}

}
