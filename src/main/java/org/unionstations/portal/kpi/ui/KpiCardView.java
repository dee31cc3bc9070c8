package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.Pace;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * One KPI as a card: the figure against the target, a bar with the pace mark, the status
 * against the pace, the shortfall to date and the projection with the day the target is
 * reached at the run-rate. Clicking it opens the KPI.
 */
class KpiCardView extends Div {

	private final KpiCard card;

	KpiCardView(KpiCard card, KpiFormat format, ComponentEventListener<ClickEvent<Div>> open) {
		this.card = card;
		addClassName("kpi-card");
		addClassName(KpiFormat.statusClass(card.pace().status()));
		setId("kpi-card-" + card.kpi().code());
		getElement().setAttribute("tabindex", "0");
		getElement().setAttribute("role", "button");
		addClickListener(open);
		getElement().addEventListener("keydown", e -> open.onComponentEvent(new ClickEvent<>(this)))
			.setFilter("event.key === 'Enter'");

		Span name = new Span(card.kpi().name(getLocale()));
		name.addClassName("kpi-name");
		Span status = new Span(getTranslation(KpiFormat.statusKey(card.pace().status())));
		status.addClassName("kpi-badge");
		Div head = new Div(name, status);
		head.addClassName("kpi-head");

		Span actual = new Span(format.value(card, card.actual()));
		actual.addClassName("kpi-actual");
		actual.setId("kpi-actual-" + card.kpi().code());
		Span target = new Span(getTranslation(card.kpi().direction().level() ? "kpi.card.keep" : "kpi.card.target",
				format.value(card, card.kpi().target())));
		target.addClassName("kpi-target");
		Span percent = new Span(format.percent(card.percent()));
		percent.addClassName("kpi-percent");
		Div figures = new Div(actual, percent, target);
		figures.addClassName("kpi-figures");

		add(head, figures, bar(card), paceLine(card, format), projectionLine(card, format));
		if (card.kpi().lastYearActual() != null) {
			Span last = new Span(getTranslation("kpi.card.last-year", String.valueOf(card.kpi().year() - 1),
					format.value(card, card.kpi().lastYearActual())));
			last.addClassName("kpi-last-year");
			add(last);
		}
	}

	KpiCard card() {
		return card;
	}

	private Div bar(KpiCard card) {
		Div fill = new Div();
		fill.addClassName("kpi-bar-fill");
		fill.getStyle().set("width", share(card.actual(), card) + "%");
		Div pace = new Div();
		pace.addClassName("kpi-bar-pace");
		pace.getStyle().set("left", share(card.pace().expected(), card) + "%");
		pace.getElement().setAttribute("title", getTranslation("kpi.card.pace-mark"));
		Div bar = new Div(fill, pace);
		bar.addClassName("kpi-bar");
		return bar;
	}

	private static String share(BigDecimal value, KpiCard card) {
		if (card.kpi().target().signum() == 0) {
			return "0";
		}
		BigDecimal share = value.multiply(BigDecimal.valueOf(100))
			.divide(card.kpi().target(), 1, RoundingMode.HALF_UP)
			.max(BigDecimal.ZERO)
			.min(BigDecimal.valueOf(100));
		return share.toPlainString();
	}

	private Div paceLine(KpiCard card, KpiFormat format) {
		Pace pace = card.pace();
		String text;
		if (pace.status() == PaceStatus.TOO_EARLY) {
			text = getTranslation("kpi.card.too-early");
		}
		else if (card.kpi().direction().level()) {
			text = pace.shortfall().signum() > 0
					? getTranslation("kpi.card.level-short", format.value(card, pace.shortfall()))
					: getTranslation("kpi.card.level-held");
		}
		else {
			text = getTranslation("kpi.card.expected", format.date(card.measuredThrough()),
					format.value(card, pace.expected()))
					+ (pace.shortfall().signum() > 0 ? getTranslation(
							card.kpi().direction() == KpiDirection.AT_MOST ? "kpi.card.over" : "kpi.card.short",
							format.value(card, pace.shortfall())) : "");
		}
		Div line = new Div(new Span(text));
		line.addClassName("kpi-pace");
		return line;
	}

	private Div projectionLine(KpiCard card, KpiFormat format) {
		Pace pace = card.pace();
		Div line = new Div();
		line.addClassName("kpi-projection");
		if (pace.projected() == null || card.kpi().direction().level()) {
			return line;
		}
		String when;
		if (pace.status() == PaceStatus.REACHED) {
			when = getTranslation("kpi.card.reached");
		}
		else if (pace.reachDate() != null) {
			when = getTranslation(
					(card.kpi().direction() == KpiDirection.AT_MOST) ? "kpi.card.exceeded-on" : "kpi.card.reach-on",
					format.date(pace.reachDate()));
		}
		else {
			when = getTranslation((card.kpi().direction() == KpiDirection.AT_MOST) ? "kpi.card.within-limit"
					: "kpi.card.not-this-year");
		}
		line.add(new Span(getTranslation("kpi.card.projected", format.value(card, pace.projected())) + " · " + when));
		return line;
	}

}
