package org.cmooffice.campaign;

/**
 * The plan cannot make this move from where it stands (approving a draft, editing an
 * approved plan). Shown to the user as a message; nothing is changed.
 */
public class IllegalTransition extends RuntimeException {

	private final String messageKey;

	IllegalTransition(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
