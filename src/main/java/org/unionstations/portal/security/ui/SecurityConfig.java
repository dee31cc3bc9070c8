package org.unionstations.portal.security.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security through Vaadin 25's {@link VaadinSecurityConfigurer}: form login on
 * {@link LoginView} (a sign-in that cannot be checked is told apart from a wrong
 * password), views guarded by their {@code @RolesAllowed}. Services check again on their
 * own.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
			// an unknown address reaches Vaadin's router (and its translated "not found"
			// page) once signed in, instead of a bare 403; anonymous users still go to
			// the login view
			.anyRequest(AuthorizedUrl::authenticated)).with(new SignInFailures(), failures -> {
			}).build();
	}

	/**
	 * Sets {@link LoginFailureHandler} on the form login that Vaadin's configurer sets
	 * up. It must run after that configurer's own set-up: touching the form login earlier
	 * would make Spring Security generate its default login page in place of
	 * {@link LoginView}.
	 */
	private static final class SignInFailures extends AbstractHttpConfigurer<SignInFailures, HttpSecurity> {

		@Override
		public void init(HttpSecurity http) {
			http.formLogin(form -> form.failureHandler(new LoginFailureHandler("/login")));
		}

	}

}
