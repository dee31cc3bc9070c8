package org.unionstations.portal.coverage;

/** Where a long analysis is: a step (a translation key) and how far, 0–1. */
@FunctionalInterface
public interface Progress {

	Progress NONE = (step, fraction) -> {
	};

	void report(String stepKey, double fraction);

}
