package org.unionstations.portal.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock: China Standard Time, the federation's calendar (report months,
 * programme years, "today"). One bean, so tests of dated rules can fix it.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
