package org.unionstations.portal.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL server of its own for one test, which may stop and start it at will
 * without touching the machine's shared server: {@code initdb} into a temporary
 * directory, run as the {@code postgres} user (tests run as root here), listening on
 * 127.0.0.1 at a free port with its socket in that directory; the portal's role and
 * database with PostGIS created as scripts/setup.sh creates them. {@link #close()} stops
 * it and deletes the directory, whatever state it is in.
 */
public final class ThrowawayCluster implements AutoCloseable {

	public static final String USER = "unionstations";

	public static final String PASSWORD = "unionstations";

	public static final String DATABASE = "unionstations";

	private final Path dir;

	private final Path bin;

	private final int port;

	private ThrowawayCluster(Path dir, Path bin, int port) {
		this.dir = dir;
		this.bin = bin;
		this.port = port;
	}

	/** A new cluster, started, with the portal's role and database (PostGIS in it). */
	public static ThrowawayCluster create() throws IOException, InterruptedException, SQLException {
		Path dir = Files.createTempDirectory("portal-throwaway-pg");
		run(List.of("chown", "postgres", dir.toString()), dir);
		ThrowawayCluster cluster = new ThrowawayCluster(dir, binaries(), freePort());
		try {
			cluster.asPostgres(List.of(cluster.bin.resolve("initdb").toString(), "-D", cluster.data().toString(), "-U",
					"postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
			cluster.start();
			try (Connection c = cluster.superuser("postgres"); Statement sql = c.createStatement()) {
				sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
				sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
			}
			try (Connection c = cluster.superuser(DATABASE); Statement sql = c.createStatement()) {
				sql.execute("CREATE EXTENSION postgis");
			}
			return cluster;
		}
		catch (IOException | InterruptedException | SQLException | RuntimeException ex) {
			cluster.close();
			throw ex;
		}
	}

	/** The JDBC URL of the portal's database, as application.properties builds it. */
	public String url(String applicationName) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?currentSchema=portal,public&ApplicationName="
				+ applicationName;
	}

	public int port() {
		return port;
	}

	/** Connections as the portal's role (one per query: they survive a restart). */
	public JdbcClient jdbc() {
		return JdbcClient.create(new DriverManagerDataSource(url("throwaway-test"), USER, PASSWORD));
	}

	/** Starts the server and waits until it accepts connections. */
	public void start() throws IOException, InterruptedException {
		asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
				dir.resolve("server.log").toString(), "-w", "-t", "120", "-o",
				"-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
				"start"));
	}

	/**
	 * Stops the server as an administrator would for maintenance ({@code -m fast}: open
	 * transactions are rolled back, every session is ended).
	 */
	public void stop() throws IOException, InterruptedException {
		asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "-t", "120",
				"stop"));
	}

	/** The server's own log, for a failing test to show. */
	public String serverLog() {
		try {
			return Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no server log: " + ex + ")";
		}
	}

	@Override
	public void close() {
		try {
			if (Files.exists(data().resolve("postmaster.pid"))) {
				asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w",
						"stop"));
			}
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			System.err.println("Could not stop the throwaway PostgreSQL in " + dir + ": " + ex);
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				System.err.println("Could not remove " + dir + ": " + ex);
			}
		}
	}

	private Path data() {
		return dir.resolve("data");
	}

	private Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
	}

	private void asPostgres(List<String> command) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		all.addAll(command);
		run(all, dir);
	}

	private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
		Path output = Files.createTempFile("portal-throwaway-pg", ".out");
		try {
			Process process = new ProcessBuilder(command).directory(dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("timed out: " + String.join(" ", command));
			}
			if (process.exitValue() != 0) {
				throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
						+ Files.readString(output));
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** The newest installed PostgreSQL's programs (Debian: /usr/lib/postgresql/N/bin). */
	private static Path binaries() throws IOException {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
				.max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
				.map(v -> v.resolve("bin"))
				.orElseThrow(() -> new IOException("no PostgreSQL with initdb under /usr/lib/postgresql"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
