package org.cmooffice;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The test database's pool, counting every statement prepared or created on it, whoever
 * runs it (Hibernate, JdbcTemplate, Spring Session, the header's statements on the pool
 * of every request, wrapped by {@link #counting}): the measure behind "a page runs a
 * bounded number of statements whatever the row count". Counted per thread, the thread a
 * test's request runs on: the scheduled jobs (expired sessions every minute, the
 * engagement roll-up every ten) would otherwise add their statements to whatever page was
 * being counted when they ran.
 */
public class StatementCount extends HikariDataSource {

	private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

	private static final ThreadLocal<long[]> CONNECTIONS = ThreadLocal.withInitial(() -> new long[1]);

	/** The statements this thread has prepared or created so far. */
	public static long total() {
		return STATEMENTS.get()[0];
	}

	/**
	 * The connections this thread has taken from this pool, the pages' pool, so far: one
	 * for each transaction, and one for each statement outside a transaction.
	 */
	public static long pageConnections() {
		return CONNECTIONS.get()[0];
	}

	@Override
	public Connection getConnection() throws SQLException {
		CONNECTIONS.get()[0]++;
		return counted(super.getConnection());
	}

	/** Another pool of the application, its statements counted alike. */
	public static DataSource counting(DataSource pool) {
		return new Counted(pool);
	}

	private static Connection counted(Connection connection) {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement")
							|| name.equals("prepareCall")) {
						STATEMENTS.get()[0]++;
					}
					if (name.equals("unwrap") && args != null && ((Class<?>) args[0]).isInstance(connection)) {
						return connection;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Closed with the application context, as the pool it counts. */
	private static final class Counted extends DelegatingDataSource implements Closeable {

		Counted(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public void close() throws IOException {
			if (getTargetDataSource() instanceof Closeable pool) {
				pool.close();
			}
		}

	}

}
