package org.unionstations.portal.security.ui;

import java.util.stream.Collectors;

import org.unionstations.portal.map.BaseMap;

/**
 * The Content-Security-Policy the portal runs under. Vaadin Flow needs
 * {@code script-src 'unsafe-inline' 'unsafe-eval'} (its bootstrap starts the client
 * engine with an inline script, and the engine builds functions from the expressions the
 * server sends) and {@code style-src 'unsafe-inline'}; everything else is held to the
 * portal's own origin: no plugins, no foreign base URI or form target, no framing by
 * other sites, connections (XHR, push) only back to the portal. The one foreign source is
 * the configured base map's tile server, for images only.
 */
final class ContentSecurityPolicy {

	private ContentSecurityPolicy() {
	}

	static String forBaseMap(BaseMap baseMap) {
		String tiles = baseMap.tileSources().stream().map(source -> " " + source).collect(Collectors.joining());
		return String.join("; ", "default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
				"style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:" + tiles, "font-src 'self' data:",
				"connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
				"frame-ancestors 'self'");
	}

}
