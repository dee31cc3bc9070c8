package org.unionstations.portal.chart;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The portal's chart: a typed Java API over the {@code <us-chart>} web component (Apache
 * ECharts, only the bar and line charts). A chart goes to the browser whole, as one JSON
 * property per {@link #setChart}; the component redraws, resizes with its container and
 * reports each drawn chart ({@link ChartRenderedEvent}, DOM event
 * {@code us-chart-rendered}, element property {@code renderedVersion}).
 */
@Tag("us-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./us-chart/us-chart.ts")
public class PortalChart extends Component implements HasSize, HasStyle {

	private @Nullable ChartSpec spec;

	private int version;

	private ChartTheme theme = ChartTheme.LIGHT;

	private ChartRenderer renderer = ChartRenderer.CANVAS;

	private boolean animation = true;

	private @Nullable DomListenerRegistration clicks;

	public PortalChart() {
		setWidthFull();
		setHeight("360px");
	}

	/** Shows this chart in place of the one shown. */
	public void setChart(ChartSpec spec) {
		this.spec = spec;
		version++;
		getElement().setProperty("spec", ChartJson.write(spec, version));
	}

	public Optional<ChartSpec> getChart() {
		return Optional.ofNullable(spec);
	}

	/**
	 * The version of the last chart set, counting from 1; the browser reports it back
	 * once drawn.
	 */
	public int getVersion() {
		return version;
	}

	/** LIGHT for pages, DARK for a dark wall-screen page. */
	public void setTheme(ChartTheme theme) {
		this.theme = theme;
		getElement().setAttribute("chart-theme", ChartJson.word(theme));
	}

	public ChartTheme getTheme() {
		return theme;
	}

	/** CANVAS (default) or SVG, which prints sharp. */
	public void setRenderer(ChartRenderer renderer) {
		this.renderer = renderer;
		getElement().setAttribute("renderer", ChartJson.word(renderer));
	}

	public ChartRenderer getRenderer() {
		return renderer;
	}

	/**
	 * Animated transitions (default on); off for a live wall screen or a measurement.
	 */
	public void setAnimation(boolean animation) {
		this.animation = animation;
		getElement().setAttribute("animation", animation ? "on" : "off");
	}

	public boolean isAnimation() {
		return animation;
	}

	/**
	 * Listens to clicks on categories (a bar, a point, an axis label or the band around a
	 * category), e.g. to drill down into the clicked district.
	 */
	public Registration addCategoryClickListener(ComponentEventListener<ChartClickEvent> listener) {
		if (clicks == null) {
			clicks = getElement().addEventListener("us-chart-category-click", this::categoryClicked)
				.addEventData("event.detail.category")
				.addEventData("event.detail.series");
		}
		return addListener(ChartClickEvent.class, listener);
	}

	public Registration addRenderedListener(ComponentEventListener<ChartRenderedEvent> listener) {
		return addListener(ChartRenderedEvent.class, listener);
	}

	/**
	 * The browser says which keys were clicked; they count only if the chart shown here
	 * has them (a click on a chart replaced meanwhile, or a forged one, is dropped).
	 */
	private void categoryClicked(DomEvent event) {
		ChartSpec shown = spec;
		String category = text(event.getEventData().get("event.detail.category"));
		if (shown == null || category == null) {
			return;
		}
		int index = shown.categoryIndex(category);
		String series = text(event.getEventData().get("event.detail.series"));
		if (index < 0 || (series != null && shown.series(series).isEmpty())) {
			return;
		}
		fireEvent(new ChartClickEvent(this, true, index, category, series));
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return node != null && node.isString() ? node.asString() : null;
	}

}
