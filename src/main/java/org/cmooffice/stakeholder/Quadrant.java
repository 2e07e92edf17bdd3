package org.cmooffice.stakeholder;

/**
 * The power–interest grid: influence and interest of 3 or more count as high, so each
 * axis splits 1–2 from 3–5.
 */
public enum Quadrant {

	MANAGE_CLOSELY(true, true), KEEP_SATISFIED(true, false), KEEP_INFORMED(false, true), MONITOR(false, false);

	static final int HIGH = 3;

	private final boolean highInfluence;

	private final boolean highInterest;

	Quadrant(boolean highInfluence, boolean highInterest) {
		this.highInfluence = highInfluence;
		this.highInterest = highInterest;
	}

	public static Quadrant of(int influence, int interest) {
		for (Quadrant quadrant : values()) {
			if (quadrant.highInfluence == (influence >= HIGH) && quadrant.highInterest == (interest >= HIGH)) {
				return quadrant;
			}
		}
		throw new IllegalArgumentException("No quadrant for " + influence + "/" + interest);
	}

	/**
	 * Where the quadrant is drawn, reading order: keep satisfied top left, manage closely
	 * top right, monitor bottom left, keep informed bottom right.
	 */
	public int getGridPosition() {
		return (this.highInfluence ? 0 : 2) + (this.highInterest ? 2 : 1);
	}

	/**
	 * The SQL condition on the stakeholder table aliased {@code s}; no user input in it.
	 */
	String condition() {
		return "s.influence " + (this.highInfluence ? ">= " : "< ") + HIGH + " and s.interest "
				+ (this.highInterest ? ">= " : "< ") + HIGH;
	}

}
