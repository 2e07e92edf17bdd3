package org.cmooffice.shared.security;

/**
 * Whether a user who gave the right password still owes a second factor, as the sign-in
 * asks it.
 */
public interface SecondFactor {

	/** The only authority of someone who must still type a code from their app. */
	String VERIFY_PENDING = "SECOND_FACTOR_PENDING";

	/**
	 * The only authority of someone who must set up a second factor before anything else.
	 */
	String ENROLMENT_PENDING = "SECOND_FACTOR_ENROLMENT_PENDING";

	enum Need {

		/** Signed in with the password alone. */
		NONE,
		/** Has a second factor: the code comes next. */
		VERIFY,
		/** Must have one and has none yet: setting it up comes next. */
		ENROL

	}

	Need need(CurrentUser user);

}
