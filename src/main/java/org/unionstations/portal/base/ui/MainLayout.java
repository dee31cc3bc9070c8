package org.unionstations.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.unionstations.portal.base.SignedInUser;

/**
 * The frame around every signed-in view: side navigation with only the views the user's
 * roles may open (Vaadin filters the menu by each view's {@code @RolesAllowed}), the
 * signed-in user, their password change, logout and the language switch. Menu titles in
 * {@code @Menu} are translation keys.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final H1 viewTitle = new H1();

	MainLayout(AuthenticationContext authentication) {
		setPrimarySection(Section.DRAWER);
		viewTitle.addClassName("view-title");
		addToNavbar(new DrawerToggle(), viewTitle);
		addToDrawer(header(), new Scroller(sideNav()), footer(authentication));
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		HasElement content = getContent();
		viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
	}

	private Component header() {
		Span name = new Span(getTranslation("app.name"));
		name.addClassName("app-name");
		Icon logo = VaadinIcon.MAP_MARKER.create();
		logo.addClassName("app-logo");
		Div header = new Div(logo, name);
		header.addClassName("app-header");
		return header;
	}

	private SideNav sideNav() {
		SideNav nav = new SideNav();
		nav.setId("main-nav");
		MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
		return nav;
	}

	private SideNavItem item(MenuEntry entry) {
		SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
		if (entry.icon() != null) {
			item.setPrefixComponent(new Icon(entry.icon()));
		}
		return item;
	}

	private Component footer(AuthenticationContext authentication) {
		VerticalLayout footer = new VerticalLayout();
		footer.addClassName("app-footer");
		footer.setPadding(true);
		footer.setSpacing(true);
		authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
			Span who = new Span(user.getDisplayName());
			who.setId("current-user");
			// the security feature's route; the frame knows it by name only
			Button password = new Button(getTranslation("action.change-password"), VaadinIcon.KEY.create(),
					e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
			password.setId("account-password");
			password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
					e -> authentication.logout());
			logout.setId("logout");
			logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			footer.add(who, password, logout);
		});
		footer.add(new LanguageSwitch());
		return footer;
	}

}
