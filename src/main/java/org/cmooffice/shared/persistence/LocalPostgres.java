package org.cmooffice.shared.persistence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself over a data directory that persists
 * across restarts: the local profile's database, so that a developer needs nothing but a
 * JDK and Maven.
 * <p>
 * The embedded library is made for throw-away test databases and turns durability off;
 * here the data is the user's, so {@code fsync} and {@code synchronous_commit} are turned
 * back on. It also copes with the two ways a start goes wrong on a developer's machine: a
 * server left running by an application that was killed, and a second application started
 * over the same directory.
 */
public final class LocalPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

	/** The embedded library's lock file: held by whichever process runs the server. */
	private static final String LOCK_FILE = "epg-lock";

	private static final Duration STALE_SERVER_STOP_WAIT = Duration.ofSeconds(30);

	private final EmbeddedPostgres postgres;

	private LocalPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts the server over {@code dataDirectory}, creating it on first use.
	 * @throws DataDirectoryInUseException when another running application holds it
	 */
	public static LocalPostgres start(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			Path directory = dataDirectory.toAbsolutePath().normalize();
			ensureNotHeldByAnotherInstance(directory);
			stopStaleServer(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			log.info("Local PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return new LocalPostgres(postgres);
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).contains("could not lock")) {
				throw new DataDirectoryInUseException(dataDirectory);
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the local PostgreSQL in " + dataDirectory, ex);
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			log.warn("Local PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

	private static void ensureNotHeldByAnotherInstance(Path directory) throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			// Never started here: the directory must stay empty for initdb.
			return;
		}
		try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
				FileChannel channel = file.getChannel()) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataDirectoryInUseException(directory);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new DataDirectoryInUseException(directory);
		}
	}

	/**
	 * A killed application leaves its server running, holding the data directory. Nobody
	 * holds the lock any more (it died with its process), so the server is ours to stop.
	 */
	private static void stopStaleServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
		Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter(LocalPostgres::isPostgres);
		if (server.isEmpty()) {
			log.info("Removing a stale postmaster.pid left in {}", directory);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle process = server.get();
		log.warn("Stopping the PostgreSQL server (pid {}) left running by an application that did not shut down",
				process.pid());
		// SIGTERM: a smart shutdown, which completes at once because its clients died
		// with the application that was killed.
		process.destroy();
		try {
			process.onExit().get(STALE_SERVER_STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The PostgreSQL server left running in " + directory + " (pid "
					+ process.pid() + ") did not stop; stop it and start again", ex);
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("postgres")).orElse(false);
	}

	/**
	 * Another application already runs over the same data directory.
	 */
	public static final class DataDirectoryInUseException extends IllegalStateException {

		DataDirectoryInUseException(Path directory) {
			super("The local database in " + directory.toAbsolutePath()
					+ " is in use by another running CMO Office application. Stop that one first, or start this one"
					+ " with --cmo.local-db.directory=<another directory>.");
		}

	}

}
