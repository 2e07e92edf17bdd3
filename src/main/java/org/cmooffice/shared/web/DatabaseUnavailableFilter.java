package org.cmooffice.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * When the database cannot be reached, every page answers at once with 503 and a page
 * saying so in the user's language, instead of an error page that would itself need the
 * database (the session, the crisis banner). It sits before the session filter, so that a
 * session that cannot be read or saved is answered the same way. Nothing is signed in and
 * nothing is written meanwhile; once the database is back the next request works, without
 * a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** Seconds after which a browser or a monitor may try again. */
	static final String RETRY_AFTER = "30";

	private final TemplateEngine templates;

	private final LocaleResolver locales;

	private final DataSource dataSource;

	DatabaseUnavailableFilter(TemplateEngine templates, LocaleResolver locales, DataSource dataSource) {
		this.dataSource = dataSource;
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted() || !(databaseUnreachable(ex) || (touchesDatabase(ex) && !databaseAnswers()))) {
				throw ex;
			}
			String reference = UUID.randomUUID().toString().substring(0, 8);
			log.error("Database unreachable, reference {} on {}", reference, request.getRequestURI(), ex);
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", RETRY_AFTER);
			response.setHeader("Cache-Control", "no-store");
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			Locale locale = this.locales.resolveLocale(request);
			Context context = new Context(locale);
			context.setVariable("reference", reference);
			context.setVariable("lang", locale.getLanguage());
			this.templates.process("unavailable", context, response.getWriter());
		}
	}

	/**
	 * A failure of the database layer whose cause does not say why (a rollback on a
	 * connection the server closed hides the original error): the database is asked
	 * directly whether it answers.
	 */
	private static boolean touchesDatabase(Throwable error) {
		for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SQLException || cause instanceof org.springframework.dao.DataAccessException
					|| cause instanceof org.springframework.transaction.TransactionException) {
				return true;
			}
		}
		return false;
	}

	private boolean databaseAnswers() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	static boolean databaseUnreachable(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof ConnectException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			// SQL state class 08: the connection failed or was closed under the request
			// (the server stopped while a transaction was open).
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
