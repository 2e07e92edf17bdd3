package org.cmooffice.shared.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A one-time message shown after a redirect, by message key so it appears in the reader's
 * language.
 */
public record Flash(Kind kind, String key, Object[] args) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public enum Kind {

		SUCCESS, WARNING, DANGER

	}

	public static Flash success(String key, Object... args) {
		return new Flash(Kind.SUCCESS, key, args);
	}

	public static Flash warning(String key, Object... args) {
		return new Flash(Kind.WARNING, key, args);
	}

	public static Flash danger(String key, Object... args) {
		return new Flash(Kind.DANGER, key, args);
	}

	public String cssClass() {
		return switch (this.kind) {
			case SUCCESS -> "alert-success";
			case WARNING -> "alert-warning";
			case DANGER -> "alert-danger";
		};
	}

}
