package org.cmooffice.account;

/**
 * A user as a list of choices offers them (an owner, an assignee): the id a form posts
 * and the name it shows. Read without the account itself, since a ministry has hundreds
 * of staff and a list page offers them all.
 *
 * @param id the user's id
 * @param displayName the name shown
 */
public record UserChoice(long id, String displayName) {

	/** A user already loaded, offered the same way. */
	public static UserChoice of(User user) {
		return new UserChoice(user.getId(), user.getDisplayName());
	}

}
