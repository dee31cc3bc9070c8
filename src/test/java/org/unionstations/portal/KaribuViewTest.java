package org.unionstations.portal;

import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests (Karibu-Testing) inside the shared Spring context: views,
 * services and PostGIS are real; only the browser is not. {@link #login(String)} signs a
 * database user in the way Spring Security would, into this application context's
 * {@link SecurityContextHolderStrategy} (never the JVM-wide
 * {@code SecurityContextHolder}, which the last portal context started takes over:
 * decision 0022).
 */
@PortalIT
public abstract class KaribuViewTest {

	private static Routes routes;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private SecurityContextHolderStrategy securityContext;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void discoverRoutes() throws ClassNotFoundException {
		routes = new Routes().autoDiscoverViews("org.unionstations.portal");
		// Karibu's own scan skips package-private classes, and our views are
		// package-private by design
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		for (var candidate : scanner.findCandidateComponents("org.unionstations.portal")) {
			routes.getRoutes().add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
		}
		// the portal's own error pages (not found, access denied, failure), as users see
		// them, instead of Karibu's error routes that throw
		routes.getErrorRoutes().clear();
		var errorViews = new ClassPathScanningCandidateComponentProvider(false);
		errorViews.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
		for (var candidate : errorViews.findCandidateComponents("org.unionstations.portal")) {
			routes.getErrorRoutes()
				.add((Class<? extends HasErrorParameter<?>>) Class.forName(candidate.getBeanClassName()));
		}
	}

	@BeforeEach
	void setUpVaadin() {
		MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
		securityContext.clearContext();
	}

	protected void login(String username) {
		UserDetails user = users.loadUserByUsername(username);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContext signedIn = new SecurityContextImpl(authentication);
		securityContext.setContext(signedIn);
		VaadinSession.getCurrent().getSession().setAttribute("SPRING_SECURITY_CONTEXT", signedIn);
		Set<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(a -> a.substring("ROLE_".length()))
			.collect(Collectors.toSet());
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> roles.contains(role));
		// a fresh UI on the start page, as after the sign-in redirect, so the layout
		// shows this user's menu
		UI.getCurrent().navigate("");
		UI.getCurrent().getPage().reload();
	}

	/** Nobody is signed in any more, in this thread or in the session. */
	protected void signOut() {
		securityContext.clearContext();
		VaadinSession.getCurrent().getSession().removeAttribute("SPRING_SECURITY_CONTEXT");
	}

}
