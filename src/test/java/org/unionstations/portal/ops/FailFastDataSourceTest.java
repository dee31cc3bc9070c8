package org.unionstations.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.SQLTransientConnectionException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pool whose database does not answer: the first caller waits the pool's connection
 * timeout, the callers after it are refused at once with a connection failure (SQLSTATE
 * 08001), also after the retry delay (the pool is then asked again in the background).
 */
class FailFastDataSourceTest {

	private static final long TIMEOUT_MILLIS = 1_000;

	private HikariDataSource pool;

	private FailFastDataSource dataSource;

	@BeforeEach
	void poolOnAPortNobodyListensOn() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/nowhere");
		pool.setUsername("nobody");
		pool.setConnectionTimeout(TIMEOUT_MILLIS);
		pool.setInitializationFailTimeout(-1);
		dataSource = new FailFastDataSource(pool);
	}

	@AfterEach
	void close() {
		pool.close();
	}

	@Test
	void after_one_caller_waited_in_vain_the_others_are_refused_at_once() throws Exception {
		long start = System.nanoTime();
		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		assertThat(millisSince(start)).as("the first caller waits the pool's timeout")
			.isGreaterThanOrEqualTo(TIMEOUT_MILLIS - 50);
		assertThat(dataSource.refusing()).isTrue();

		for (int i = 0; i < 20; i++) {
			long asked = System.nanoTime();
			assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
				.hasFieldOrPropertyWithValue("SQLState", "08001");
			assertThat(millisSince(asked)).as("refused at once").isLessThan(TIMEOUT_MILLIS / 2);
		}

		Thread.sleep(FailFastDataSource.RETRY_AFTER.toMillis() + 100);
		long asked = System.nanoTime();
		assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
		assertThat(millisSince(asked)).as("the retry runs in the background").isLessThan(TIMEOUT_MILLIS / 2);
		assertThat(dataSource.refusing()).isTrue();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}
