package org.cmooffice.stakeholder;

/** A change the register's rules do not allow; the message key says why. */
class StakeholderRefused extends RuntimeException {

	private final String messageKey;

	StakeholderRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
