package org.cmooffice.shared;

import org.springframework.validation.Errors;

/**
 * A business rule refused what the user entered (a user name already taken, a password
 * reused). Thrown by services before anything is written; the form shows the message next
 * to the field.
 */
public class InputRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public InputRejected(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** Puts the message on the form's field, where the user will look for it. */
	public void applyTo(Errors errors) {
		errors.rejectValue(this.field, this.messageKey, this.arguments, this.messageKey);
	}

}
