package org.unionstations.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * {@link DemoMigrationHistory} tells demo migrations by their description, so every file
 * under db/demo, today's and any added later, must say {@code demo} first, and no schema
 * migration may.
 */
class DemoMigrationNamingTest {

	@Test
	void every_demo_migration_is_named_demo() throws IOException {
		List<String> demo = descriptions("db/demo");
		assertThat(demo).isNotEmpty()
			.allSatisfy(d -> assertThat(DemoMigrationHistory.isDemoDescription(d))
				.as("db/demo migration '%s' must be named V<n>_<m>__demo_...", d)
				.isTrue());
	}

	@Test
	void no_schema_migration_is_named_demo() throws IOException {
		List<String> schema = descriptions("db/migration");
		assertThat(schema).isNotEmpty()
			.noneSatisfy(d -> assertThat(DemoMigrationHistory.isDemoDescription(d)).isTrue());
	}

	private static List<String> descriptions(String folder) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:" + folder + "/*.sql");
		return Arrays.stream(files)
			.map(Resource::getFilename)
			.map(name -> name.substring(name.indexOf("__") + 2, name.length() - ".sql".length()).replace('_', ' '))
			.toList();
	}

}
