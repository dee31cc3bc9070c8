package org.unionstations.portal.security;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in log for administrators: every attempt, newest first. */
@Service
@Transactional(readOnly = true)
public class SignInLogService {

	private final SignInLogRepository log;

	SignInLogService(SignInLogRepository log) {
		this.log = log;
	}

	/**
	 * One page of the attempts the filter matches, newest first (the page's sort is not
	 * used).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<SignInEntry> list(SignInLogFilter filter, Pageable page) {
		return log.page(filter, page.getOffset(), page.getPageSize());
	}

	@PreAuthorize("hasRole('ADMIN')")
	public long count(SignInLogFilter filter) {
		return log.count(filter);
	}

}
