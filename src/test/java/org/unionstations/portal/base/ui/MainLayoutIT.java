package org.unionstations.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.unionstations.portal.KaribuViewTest;

class MainLayoutIT extends KaribuViewTest {

	@Test
	void the_menu_shows_each_role_only_what_it_may_open() {
		login("admin");
		UI.getCurrent().navigate("stations");
		assertThat(menu()).containsExactly("年度目标看板", "站点地图", "覆盖分析", "站点名录", "导入站点", "服务需求点", "智能化改造", "法律服务", "旗舰站",
				"报送情况", "用户管理", "登录日志");
		assertThat(_get(Span.class, s -> s.withId("current-user")).getText()).isEqualTo("系统管理员");

		login("planner");
		UI.getCurrent().navigate("stations");
		assertThat(menu()).containsExactly("年度目标看板", "站点地图", "覆盖分析", "站点名录", "导入站点", "服务需求点", "智能化改造", "法律服务", "旗舰站",
				"报送情况");

		login("operator");
		UI.getCurrent().navigate("stations");
		assertThat(menu()).containsExactly("年度目标看板", "我的站点", "站点名录", "智能化改造", "法律服务", "旗舰站", "报送情况");
	}

	@Test
	void chinese_is_the_default_and_english_is_a_choice() {
		login("leader");
		UI.getCurrent().navigate("stations");
		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");

		LocaleSupport.switchTo(PortalI18NProvider.ENGLISH);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate("stations");
		assertThat(menu()).containsExactly("KPI board", "Station map", "Coverage analysis", "Station registry",
				"Demand points", "Smart upgrades", "Legal service", "Flagship stations", "Reporting discipline");
	}

	private static List<String> menu() {
		return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
	}

}
