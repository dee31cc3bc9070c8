package org.unionstations.portal.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.unionstations.portal.map.BaseMap;
import org.unionstations.portal.security.SignInGuard;

/**
 * Web security through Vaadin 25's {@link VaadinSecurityConfigurer}: form login on
 * {@link LoginView} (a sign-in that cannot be checked is told apart from a wrong
 * password; every attempt logged; attempts refused while throttled), views guarded by
 * their {@code @RolesAllowed}; services check again on their own. Spring's CSRF token is
 * required on the login form's POST too (Vaadin's configurer would exempt it; the form
 * sends the token from the page's {@code _csrf} meta tags). Headers: a
 * Content-Security-Policy Vaadin runs under, no framing by other sites, no MIME sniffing,
 * the origin only as referrer to other sites.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInGuard guard, BaseMap baseMap,
			RequestUtil requestUtil) throws Exception {
		SignInAttempts attempts = new SignInAttempts(guard);
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
		// Vaadin's own requests carry Vaadin's CSRF token; everything else, the login
		// POST included, needs Spring's
		http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
			.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
				@Override
				public <F extends CsrfFilter> F postProcess(F filter) {
					filter.setAccessDeniedHandler(new LoginCsrfRefusal());
					return filter;
				}
			}));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.forBaseMap(baseMap)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frames -> frames.sameOrigin())
			// Vaadin's pages are forwarded to its servlet, and a forwarded response is
			// committed past the filter's wrapper: written at the end, the headers would
			// be
			// missing from every Vaadin page
			.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <F extends HeaderWriterFilter> F postProcess(F filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		http.addFilterBefore(new SignInThrottleFilter(LoginRedirects.LOGIN_PATH, attempts),
				UsernamePasswordAuthenticationFilter.class);
		return http
			.with(VaadinSecurityConfigurer.vaadin(),
					vaadin -> vaadin.loginView(LoginView.class)
						.enableCsrfConfiguration(false)
						// an unknown address reaches Vaadin's router (and its translated
						// "not found"
						// page) once signed in, instead of a bare 403; anonymous users
						// still go to
						// the login view
						.anyRequest(AuthorizedUrl::authenticated))
			.with(new SignInHandlers(attempts), handlers -> {
			})
			.build();
	}

	/**
	 * Sets the portal's handlers on the form login that Vaadin's configurer sets up: the
	 * success handler logs and then hands over to Vaadin's, the failure handler logs and
	 * tells why. It must run after that configurer's own set-up: touching the form login
	 * earlier would make Spring Security generate its default login page in place of
	 * {@link LoginView}.
	 */
	private static final class SignInHandlers extends AbstractHttpConfigurer<SignInHandlers, HttpSecurity> {

		private final SignInAttempts attempts;

		SignInHandlers(SignInAttempts attempts) {
			this.attempts = attempts;
		}

		@Override
		public void init(HttpSecurity http) {
			var vaadinSuccess = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
			if (vaadinSuccess == null) {
				throw new IllegalStateException("Vaadin's configurer must set up the form login first");
			}
			http.formLogin(form -> form.successHandler(new SignInSuccessHandler(attempts, vaadinSuccess))
				.failureHandler(new LoginFailureHandler(attempts)));
		}

	}

}
