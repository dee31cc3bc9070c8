package org.unionstations.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.unionstations.portal.base.ClockConfig;

/**
 * The portal's clock in tests: the system clock (China Standard Time) until a test fixes
 * it on a day, so dated rules (the month due, "today") can be tested against the demo
 * data whatever day the tests run. One bean in the shared context instead of a context
 * per date: a test that fixes it resets it afterwards ({@link #reset()} in an
 * {@code @AfterEach}).
 */
public final class TestClock extends Clock {

	private final Clock system = Clock.system(ClockConfig.ZONE);

	private volatile @Nullable Clock fixed;

	/** From now on, it is 10:00 on {@code day} in China. */
	public void fixAt(LocalDate day) {
		fixed = Clock.fixed(day.atTime(LocalTime.of(10, 0)).atZone(ClockConfig.ZONE).toInstant(), ClockConfig.ZONE);
	}

	/** Back to the system clock. */
	public void reset() {
		fixed = null;
	}

	private Clock current() {
		Clock clock = fixed;
		return clock == null ? system : clock;
	}

	@Override
	public ZoneId getZone() {
		return ClockConfig.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return current().withZone(zone);
	}

	@Override
	public Instant instant() {
		return current().instant();
	}

	/** Puts the test clock in place of the portal's. */
	@Configuration(proxyBeanMethods = false)
	@Profile("test")
	static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
