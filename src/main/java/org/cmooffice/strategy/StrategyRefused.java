package org.cmooffice.strategy;

/**
 * A change the strategy does not allow where it stands (editing an active strategy,
 * activating one without objectives). Shown as a message; nothing changes.
 */
public class StrategyRefused extends RuntimeException {

	private final String messageKey;

	StrategyRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
