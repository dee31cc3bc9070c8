package org.unionstations.portal.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionstations.portal.PortalIT;

/**
 * Cancelling an analysis stops the query it runs in PostgreSQL, not only the Java side
 * (pg_cancel_backend takes an integer pid; called with a bigint it matched no function
 * and every cancel failed).
 */
@PortalIT
class CancelBackendIT {

	@Autowired
	CoverageSpatialRepository spatial;

	@Autowired
	DataSource dataSource;

	@Test
	void cancelling_stops_the_query_running_on_the_analysis_connection() throws Exception {
		try (Connection analysis = dataSource.getConnection()) {
			long pid;
			try (Statement st = analysis.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
				rs.next();
				pid = rs.getLong(1);
			}
			CompletableFuture<SQLException> running = CompletableFuture.supplyAsync(() -> {
				try (Statement st = analysis.createStatement()) {
					st.execute("SELECT pg_sleep(60)");
					return null;
				}
				catch (SQLException e) {
					return e;
				}
			});
			Thread.sleep(500);
			long started = System.nanoTime();

			spatial.cancel(pid);

			SQLException stopped = running.get(20, TimeUnit.SECONDS);
			assertThat((Object) stopped).isNotNull();
			assertThat(stopped.getSQLState()).isEqualTo("57014"); // query_canceled
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(20);
		}
	}

}
