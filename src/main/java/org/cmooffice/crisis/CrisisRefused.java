package org.cmooffice.crisis;

/** A move the crisis rules do not allow; the message key says why. */
class CrisisRefused extends RuntimeException {

	private final String messageKey;

	CrisisRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
