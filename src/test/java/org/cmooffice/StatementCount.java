package org.cmooffice;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The test database's pool, counting every statement prepared or created on it, whoever
 * runs it (Hibernate, JdbcTemplate, Spring Session): the measure behind "a page runs a
 * bounded number of statements whatever the row count".
 */
public class StatementCount extends HikariDataSource {

	private static final AtomicLong STATEMENTS = new AtomicLong();

	public static long total() {
		return STATEMENTS.get();
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection connection = super.getConnection();
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement")
							|| name.equals("prepareCall")) {
						STATEMENTS.incrementAndGet();
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
