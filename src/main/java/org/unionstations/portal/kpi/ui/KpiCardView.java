package org.unionstations.portal.kpi.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.unionstations.portal.kpi.KpiCard;
import org.unionstations.portal.kpi.KpiDirection;
import org.unionstations.portal.kpi.Pace;
import org.unionstations.portal.kpi.PaceStatus;

/**
 * One KPI as a card: the figure against the target, a bar with the pace mark, the status
 * against the pace, the shortfall to date and the projection with the day the target is
 * reached at the run-rate. Clicking it opens the KPI. A live board keeps its cards and
 * {@linkplain #show(KpiCard) shows new figures in them}: only texts and widths that
 * differ go to the browser, and a card whose figure moved flashes.
 */
class KpiCardView extends Div {

	static final String CHANGED = "kpi-changed";

	static final String CHANGED_AGAIN = "kpi-changed-again";

	private final KpiFormat format;

	private final Span name = new Span();

	private final Span status = new Span();

	private final Span actual = new Span();

	private final Span percent = new Span();

	private final Span target = new Span();

	private final Div fill = new Div();

	private final Div paceMark = new Div();

	private final Span paceText = new Span();

	private final Span projectionText = new Span();

	private final Span lastYear = new Span();

	private KpiCard card;

	KpiCardView(KpiCard card, KpiFormat format, Consumer<KpiCard> open) {
		this.card = card;
		this.format = format;
		addClassName("kpi-card");
		setId("kpi-card-" + card.kpi().code());
		getElement().setAttribute("tabindex", "0");
		getElement().setAttribute("role", "button");
		addClickListener(e -> open.accept(this.card));
		getElement().addEventListener("keydown", e -> open.accept(this.card)).setFilter("event.key === 'Enter'");

		name.addClassName("kpi-name");
		status.addClassName("kpi-badge");
		Div head = new Div(name, status);
		head.addClassName("kpi-head");

		actual.addClassName("kpi-actual");
		actual.setId("kpi-actual-" + card.kpi().code());
		target.addClassName("kpi-target");
		percent.addClassName("kpi-percent");
		Div figures = new Div(actual, percent, target);
		figures.addClassName("kpi-figures");

		fill.addClassName("kpi-bar-fill");
		paceMark.addClassName("kpi-bar-pace");
		paceMark.getElement().setAttribute("title", getTranslation("kpi.card.pace-mark"));
		Div bar = new Div(fill, paceMark);
		bar.addClassName("kpi-bar");
		Div pace = new Div(paceText);
		pace.addClassName("kpi-pace");
		Div projection = new Div(projectionText);
		projection.addClassName("kpi-projection");
		lastYear.addClassName("kpi-last-year");

		add(head, figures, bar, pace, projection, lastYear);
		write(card);
	}

	KpiCard card() {
		return card;
	}

	/**
	 * Shows the KPI's new figures in place; true if its figure, target or status moved,
	 * and then, if {@code flash}, the card flashes.
	 */
	boolean show(KpiCard next, boolean flash) {
		KpiCard before = card;
		card = next;
		write(next);
		boolean moved = before.actual().compareTo(next.actual()) != 0 || before.pace().status() != next.pace().status()
				|| before.kpi().target().compareTo(next.kpi().target()) != 0;
		if (moved && flash) {
			flash();
		}
		return moved;
	}

	/**
	 * Restarts the flash: the two class names run the same animation under two names, so
	 * a change after a change flashes again.
	 */
	private void flash() {
		boolean again = hasClassName(CHANGED);
		removeClassNames(CHANGED, CHANGED_AGAIN);
		addClassName(again ? CHANGED_AGAIN : CHANGED);
	}

	private void write(KpiCard card) {
		for (PaceStatus s : PaceStatus.values()) {
			setClassName(KpiFormat.statusClass(s), s == card.pace().status());
		}
		text(name, card.kpi().name(getLocale()));
		text(status, getTranslation(KpiFormat.statusKey(card.pace().status())));
		text(actual, format.value(card, card.actual()));
		text(percent, format.percent(card.percent()));
		text(target, getTranslation(card.kpi().direction().level() ? "kpi.card.keep" : "kpi.card.target",
				format.value(card, card.kpi().target())));
		fill.getStyle().set("width", share(card.actual(), card) + "%");
		paceMark.getStyle().set("left", share(card.pace().expected(), card) + "%");
		text(paceText, paceLine(card));
		text(projectionText, projectionLine(card));
		BigDecimal last = card.kpi().lastYearActual();
		text(lastYear, last == null ? "" : getTranslation("kpi.card.last-year", String.valueOf(card.kpi().year() - 1),
				format.value(card, last)));
		lastYear.setVisible(last != null);
	}

	/** Sets a text only if it differs, so an unchanged card sends nothing. */
	private static void text(Span span, String text) {
		if (!text.equals(span.getText())) {
			span.setText(text);
		}
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

	private String paceLine(KpiCard card) {
		Pace pace = card.pace();
		if (pace.status() == PaceStatus.TOO_EARLY) {
			return getTranslation("kpi.card.too-early");
		}
		if (card.kpi().direction().level()) {
			return pace.shortfall().signum() > 0
					? getTranslation("kpi.card.level-short", format.value(card, pace.shortfall()))
					: getTranslation("kpi.card.level-held");
		}
		return getTranslation("kpi.card.expected", format.date(card.measuredThrough()),
				format.value(card, pace.expected()))
				+ (pace.shortfall().signum() > 0 ? getTranslation(
						card.kpi().direction() == KpiDirection.AT_MOST ? "kpi.card.over" : "kpi.card.short",
						format.value(card, pace.shortfall())) : "");
	}

	private String projectionLine(KpiCard card) {
		Pace pace = card.pace();
		if (pace.projected() == null || card.kpi().direction().level()) {
			return "";
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
		return getTranslation("kpi.card.projected", format.value(card, pace.projected())) + " · " + when;
	}

}
