package org.cmooffice.brand;

/** A change the brand book's rules do not allow; the message key says why. */
class BrandRefused extends RuntimeException {

	private final String messageKey;

	BrandRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
