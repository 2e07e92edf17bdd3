package org.cmooffice;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The test database's pool, counting every statement prepared or created on it, whoever
 * runs it (Hibernate, JdbcTemplate, Spring Session): the measure behind "a page runs a
 * bounded number of statements whatever the row count". Counted per thread, the thread a
 * test's request runs on: the scheduled jobs (expired sessions every minute, the
 * engagement roll-up every ten) would otherwise add their statements to whatever page was
 * being counted when they ran.
 */
public class StatementCount extends HikariDataSource {

	private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

	/** The statements this thread has prepared or created so far. */
	public static long total() {
		return STATEMENTS.get()[0];
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
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

}
