package org.unionstations.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Another portal started inside the test JVM, as a second instance behind a proxy would
 * run it: its own Spring context, web server on a random port, management port of its
 * own, and whatever database the given properties name. It takes the test classpath's
 * configuration as the shared test context does ({@code @TestConfiguration} classes are
 * left out, as Spring's test support leaves them out).
 * <p>
 * Starting a portal makes its security-context strategy the JVM-wide one (Vaadin's
 * auto-configuration sets it). The one that was there before is put back, so a running
 * test context keeps its own (decision 0022); this instance's code reads its own strategy
 * bean, and Vaadin's strategy finds the signed-in user in the Vaadin session whichever
 * instance's strategy holds the JVM-wide slot.
 */
public final class PortalInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private PortalInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a portal with these profiles and properties (as command-line arguments, so
	 * they win over every properties file); public and management ports are random.
	 */
	public static PortalInstance start(List<String> profiles, Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		args.add("--management.server.port=0");
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
		try {
			return new PortalInstance(new SpringApplicationBuilder(Application.class).main(Application.class)
				.profiles(profiles.toArray(String[]::new))
				.bannerMode(Banner.Mode.OFF)
				.initializers(c -> c.getBeanFactory()
					.registerSingleton(TestComponentsLeftOut.class.getName(), new TestComponentsLeftOut()))
				.run(args.toArray(String[]::new)));
		}
		finally {
			if (before instanceof VaadinAwareSecurityContextHolderStrategy) {
				SecurityContextHolder.setContextHolderStrategy(before);
			}
		}
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** The public port (the web server). */
	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The management port (health, metrics). */
	public int managementPort() {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
	}

	public String url(String path) {
		return "http://localhost:" + port() + "/" + path;
	}

	@Override
	public void close() {
		context.close();
	}

	/**
	 * Leaves out of the component scan what Spring's test support leaves out of a test
	 * context: classes marked {@link TestComponent} ({@code @TestConfiguration}).
	 */
	static final class TestComponentsLeftOut extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName())
					|| reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestComponentsLeftOut;
		}

		@Override
		public int hashCode() {
			return TestComponentsLeftOut.class.hashCode();
		}

	}

}
