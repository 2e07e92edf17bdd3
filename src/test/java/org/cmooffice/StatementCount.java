package org.cmooffice;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

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
 * <p>
 * While a thread {@linkplain #recording records}, each statement it runs is also kept
 * with the values bound to it, so that a test can ask PostgreSQL how it would run them
 * ({@code PagePlans}).
 */
public class StatementCount extends HikariDataSource {

	private static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

	private static final ThreadLocal<long[]> CONNECTIONS = ThreadLocal.withInitial(() -> new long[1]);

	private static final ThreadLocal<List<Run>> RECORDED = new ThreadLocal<>();

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "addBatch");

	/** A statement as it ran: its text and the setter calls that bound its values. */
	public record Run(String sql, List<Binding> bindings) {

		/** Binds the same values to another statement of the same text. */
		public void bind(PreparedStatement statement) throws SQLException {
			for (Binding binding : this.bindings) {
				invoke(statement, binding.setter(), binding.arguments());
			}
		}

	}

	/** One call of a {@code PreparedStatement} setter, such as {@code setLong(1, 42)}. */
	public record Binding(Method setter, Object[] arguments) {
	}

	/** Something a test does, whose statements are to be recorded. */
	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

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

	/** The statements this thread runs while doing something, in order. */
	public static List<Run> recording(Action action) throws Exception {
		List<Run> runs = new ArrayList<>();
		RECORDED.set(runs);
		try {
			action.run();
		}
		finally {
			RECORDED.remove();
		}
		return runs;
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
					Object result = invoke(connection, method, args);
					List<Run> runs = RECORDED.get();
					if (runs != null && result instanceof PreparedStatement statement
							&& name.equals("prepareStatement")) {
						return recorded(statement, (String) args[0], runs);
					}
					if (runs != null && result instanceof Statement statement && name.equals("createStatement")) {
						return recorded(statement, runs);
					}
					return result;
				});
	}

	private static PreparedStatement recorded(PreparedStatement statement, String sql, List<Run> runs) {
		TreeMap<Integer, Binding> bindings = new TreeMap<>();
		return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, (proxy, method, args) -> {
					String name = method.getName();
					if (name.startsWith("set") && args != null && args.length >= 2
							&& args[0] instanceof Integer index) {
						bindings.put(index, new Binding(method, args.clone()));
					}
					else if (name.equals("clearParameters")) {
						bindings.clear();
					}
					else if (EXECUTIONS.contains(name) && args == null) {
						runs.add(new Run(sql, List.copyOf(bindings.values())));
					}
					return invoke(statement, method, args);
				});
	}

	private static Statement recorded(Statement statement, List<Run> runs) {
		return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					if (EXECUTIONS.contains(method.getName()) && args != null && args[0] instanceof String sql) {
						runs.add(new Run(sql, List.of()));
					}
					return invoke(statement, method, args);
				});
	}

	private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
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
