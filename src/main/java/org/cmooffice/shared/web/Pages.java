package org.cmooffice.shared.web;

/**
 * Paging rules shared by every list: a fixed page size, so that no request can ask the
 * database for everything, and a page number clamped so that nonsense shows a page.
 */
public final class Pages {

	public static final int SIZE = 20;

	private Pages() {
	}

	public static int clamp(int requested) {
		return Math.max(0, Math.min(requested, 100_000));
	}

}
