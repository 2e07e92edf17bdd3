package org.cmooffice.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The declared table of who may use which route ({@code access-matrix.txt}), and the
 * routes the application really has, read from its handler mappings.
 */
final class RouteTable {

	/** The columns of the table, in order. */
	static final List<String> WHO = List.of("anonymous", "liaison", "staff", "cmo", "analyst", "admin",
			"other-liaison");

	record Route(String method, String pattern) implements Comparable<Route> {

		@Override
		public int compareTo(Route other) {
			int byPattern = this.pattern.compareTo(other.pattern);
			return (byPattern != 0) ? byPattern : this.method.compareTo(other.method);
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/**
	 * One row: what each column must get, and whether a successful use must leave an
	 * audit event.
	 */
	record Rule(Route route, Map<String, String> expected, boolean audited) {

	}

	private RouteTable() {
	}

	static Set<Route> routesOf(RequestMappingHandlerMapping mappings) {
		Set<Route> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add(new Route("ANY", pattern));
				}
				for (RequestMethod method : methods) {
					routes.add(new Route(method.name(), pattern));
				}
			}
		}
		return routes;
	}

	static Map<Route, Rule> declared() {
		Map<Route, Rule> rules = new LinkedHashMap<>();
		try (InputStream in = RouteTable.class.getResourceAsStream("/security/access-matrix.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int number = 0;
			for (String line : text.split("\n")) {
				number++;
				String content = line.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				List<String> cells = new ArrayList<>(List.of(content.split("\\s+")));
				if (cells.size() != 2 + WHO.size() + 1) {
					throw new IllegalStateException(
							"access-matrix.txt line " + number + " needs " + (3 + WHO.size()) + " columns: " + content);
				}
				Route route = new Route(cells.get(0), cells.get(1));
				Map<String, String> expected = new LinkedHashMap<>();
				for (int i = 0; i < WHO.size(); i++) {
					expected.put(WHO.get(i), cells.get(2 + i));
				}
				String audit = cells.get(cells.size() - 1);
				if (!Set.of("audit", "-").contains(audit)) {
					throw new IllegalStateException("access-matrix.txt line " + number + ": last column is audit or -");
				}
				if (rules.put(route, new Rule(route, expected, audit.equals("audit"))) != null) {
					throw new IllegalStateException("access-matrix.txt line " + number + " repeats " + route);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

}
