package org.unionstations.portal.coverage;

import java.util.UUID;

/**
 * The run's materialised results are gone (older than two hours, pushed out by newer
 * runs, or the database restarted): the view tells the user to run the analysis again
 * ({@link #MESSAGE_KEY}).
 */
public class CoverageRunExpiredException extends RuntimeException {

	/** 结果已过期，请重新运行分析 / The results have expired: run the analysis again. */
	public static final String MESSAGE_KEY = "coverage.run.expired";

	public CoverageRunExpiredException(UUID run) {
		super("coverage run " + run + " has expired");
	}

	public String messageKey() {
		return MESSAGE_KEY;
	}

}
